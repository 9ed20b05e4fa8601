import type { CommittedImport, ImportJobs, ImportReport } from '@/lib/backup';
import type { BackstoryDatabase } from '@/lib/store';
import { NotFoundError } from '@/lib/store';
import { hostOf, hostPattern, loopbackAllowedForTests, subscriptionAddress } from './address';
import { checkSubscription } from './check';
import { SubscriptionError } from './problems';
import type { CheckResult, PackSubscription, Validators } from './records';
import { fetchFollowedPack } from './read-pack';
import { readSubscriptions, writeSubscriptions } from './subscription-store';

export interface PackSubscriptionsOptions {
  db: BackstoryDatabase;
  /** The editor's import jobs: a subscription's preview and import are an import like a file's. */
  jobs: ImportJobs;
  /** After records were written: open tabs are told (the mention index heard of them from `jobs`). */
  afterWrite: () => void;
  /** Whether the browser grants this host pattern (permissions.contains). */
  hasAccess: (pattern: string) => Promise<boolean>;
  /** After the list changed: the daily alarm is set or cleared. */
  listChanged?: (count: number) => Promise<void>;
  fetch?: typeof fetch;
  now?: () => number;
}

export interface SubscriptionPreview {
  jobId: string;
  address: string;
  packName: string;
  version: number;
  preview: ImportReport;
}

interface Pending extends Validators {
  address: string;
  packId: string;
  packName: string;
  version: number;
}

const MAX_PENDING = 5;

const withoutSnapshot = ({ snapshotId: _snapshotId, ...report }: CommittedImport): ImportReport => report;

/**
 * Packs followed by their address, in the background. Adding one is an import (previewed, then
 * written through the import jobs); a check (daily, or "Check now") brings a higher version in
 * through the same merge, which leaves the reader's edits alone. Steps run one at a time, so a
 * daily check and a click never write the list, or the same pack, at once.
 */
export class PackSubscriptions {
  private readonly pending = new Map<string, Pending>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: PackSubscriptionsOptions) {}

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  private serial<T>(step: () => Promise<T>): Promise<T> {
    const run = this.queue.then(step, step);
    this.queue = run.catch(() => undefined);
    return run;
  }

  list(): Promise<PackSubscription[]> {
    return readSubscriptions();
  }

  /** Fetches and checks the file, and previews what importing it would do; nothing is written or kept. */
  async preview(input: string): Promise<SubscriptionPreview> {
    const address = subscriptionAddress(input, { loopbackForTests: await loopbackAllowedForTests() });
    if ((await readSubscriptions()).some((followed) => followed.address === address)) {
      throw new SubscriptionError('You already follow this address: “Check now” on its row looks for a new version');
    }
    await this.requireAccess(address);
    const found = await fetchFollowedPack(address, {}, this.options.fetch);
    if (found.kind === 'not-modified')
      throw new SubscriptionError(`${hostOf(address)} answered 304 to a first request`);
    const { pack, validators } = found;
    const twin = (await readSubscriptions()).find((followed) => followed.packId === pack.id);
    if (twin) throw new SubscriptionError(`You already follow the pack “${pack.name}” at ${twin.address}`);
    const { jobId, preview } = await this.options.jobs.startPack(pack);
    this.remember(jobId, { address, packId: pack.id, packName: pack.name, version: pack.version, ...validators });
    return { jobId, address, packName: pack.name, version: pack.version, preview };
  }

  /** The import jobs forget a preview nobody imports; so does this, past the last few. */
  private remember(jobId: string, pending: Pending): void {
    this.pending.set(jobId, pending);
    for (const old of [...this.pending.keys()].slice(0, -MAX_PENDING)) this.pending.delete(old);
  }

  /** Imports the previewed pack and follows its address from now on. */
  subscribe(jobId: string): Promise<{ subscription: PackSubscription; imported: CommittedImport }> {
    return this.serial(async () => {
      const pending = this.pending.get(jobId);
      if (!pending) throw new NotFoundError('This preview waited too long or was already used; add the address again');
      const imported = await this.options.jobs.commit(jobId);
      this.pending.delete(jobId);
      this.options.afterWrite();
      const at = this.now();
      const subscription: PackSubscription = {
        ...pending,
        subscribedAt: at,
        lastCheckedAt: at,
        lastResult: { kind: 'imported', at, version: pending.version, report: withoutSnapshot(imported) },
      };
      const others = (await readSubscriptions()).filter((followed) => followed.address !== pending.address);
      await this.save([...others, subscription]);
      return { subscription, imported };
    });
  }

  /** "Check now", and each address in turn at the daily alarm. */
  check(address: string): Promise<PackSubscription> {
    return this.serial(() => this.checkOne(address));
  }

  async checkAll(): Promise<void> {
    for (const { address } of await readSubscriptions()) await this.check(address).catch(() => undefined);
  }

  /** Stops following; the pack stays in the store (it is removed under "Packs in your store"). */
  remove(address: string): Promise<void> {
    return this.serial(async () => {
      await this.save((await readSubscriptions()).filter((followed) => followed.address !== address));
    });
  }

  private async checkOne(address: string): Promise<PackSubscription> {
    const followed = (await readSubscriptions()).find((one) => one.address === address);
    if (!followed) throw new NotFoundError('You no longer follow this address');
    const at = this.now();
    const { result, validators } = await this.lookAt(followed, at);
    const checked: PackSubscription = { ...followed, ...validators, lastCheckedAt: at, lastResult: result };
    if (result.kind === 'updated') checked.version = result.version;
    const now = await readSubscriptions();
    await this.save(now.map((one) => (one.address === address ? checked : one)));
    return checked;
  }

  private async lookAt(
    followed: PackSubscription,
    at: number,
  ): Promise<{ result: CheckResult; validators?: Validators }> {
    const problem = (reason: string) => ({ result: { kind: 'problem', at, reason } as const });
    const row = await this.options.db.packs.get(followed.packId);
    if (row?.removedAt !== undefined) {
      return problem(
        'You removed this pack from your store, so it is not brought back; to have it again, remove this subscription and add the address anew',
      );
    }
    if (!(await this.options.hasAccess(hostPattern(followed.address)))) {
      return problem(`Backstory no longer has access to ${hostOf(followed.address)}; press “Check now” and allow it`);
    }
    const storeVersion = row?.version ?? followed.version;
    const outcome = await checkSubscription(followed, storeVersion, this.options.fetch);
    if (outcome.kind === 'problem') return problem(outcome.reason);
    if (outcome.kind === 'unchanged')
      return { result: { kind: 'unchanged', at, version: storeVersion }, validators: outcome.validators };
    try {
      const { jobId } = await this.options.jobs.startPack(outcome.pack);
      const imported = await this.options.jobs.commit(jobId);
      this.options.afterWrite();
      return {
        result: { kind: 'updated', at, version: outcome.pack.version, report: withoutSnapshot(imported) },
        validators: outcome.validators,
      };
    } catch (error) {
      return problem(error instanceof Error ? error.message : String(error));
    }
  }

  private async requireAccess(address: string): Promise<void> {
    if (await this.options.hasAccess(hostPattern(address))) return;
    throw new SubscriptionError(`Backstory has no access to ${hostOf(address)}: allow it when the browser asks`);
  }

  private async save(subscriptions: PackSubscription[]): Promise<void> {
    await writeSubscriptions(subscriptions);
    await this.options.listChanged?.(subscriptions.length);
  }
}

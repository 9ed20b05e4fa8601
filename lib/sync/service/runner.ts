import { readSyncConfig, readSyncRecord, writeSyncRecord } from './config-store';
import { waitsForReader, type RunOutcome, type SyncEngine } from './sync-engine';
import type { PendingSync, SyncConfig } from './types';
import { applySchedule } from './scheduler';
import { failureText, noPermissionText } from './failure-text';
import { hasOriginPermission } from './host-permission';

type Attempt = RunOutcome | { error: string; waitsForReader: boolean };

export interface SyncRunnerDeps {
  engine: () => SyncEngine;
  /** After a sync changed the store: rebuild the mention index, tell open tabs. */
  storeChanged: () => void;
}

/**
 * Runs one sync at a time: an alarm or a "Sync now" that arrives while a sync runs joins it
 * rather than starting a second one against the same remote. A run never rejects: its
 * outcome (a report, a preview waiting for the reader, or a failure in words) is recorded
 * for the status.
 */
export class SyncRunner {
  private current?: Promise<void>;
  /** Moves when the configuration is saved or forgotten: a run begun before records nothing. */
  private generation = 0;

  constructor(private readonly deps: SyncRunnerDeps) {}

  get running(): boolean {
    return this.current !== undefined;
  }

  configurationChanged(): void {
    this.generation += 1;
  }

  /**
   * `confirmed`: the preview the reader accepted with Apply. Such a run waits for one in
   * progress instead of joining it, and hands the engine that very preview, so a sync that
   * would now do more than the reader saw stops to ask again.
   */
  async run(confirmed?: PendingSync): Promise<void> {
    if (this.current && confirmed) await this.current;
    if (this.current) return this.current;
    this.current = this.once(confirmed).finally(() => {
      this.current = undefined;
    });
    return this.current;
  }

  private async once(confirmed: PendingSync | undefined): Promise<void> {
    const generation = this.generation;
    const { config } = await readSyncConfig();
    if (!config) return;
    const attempt = await this.attempt(config, confirmed);
    if (generation !== this.generation) return;
    await this.record(config, attempt);
  }

  private async attempt(config: SyncConfig, confirmed: PendingSync | undefined): Promise<Attempt> {
    try {
      if (!(await hasOriginPermission(config.url)))
        return { error: noPermissionText(config.url), waitsForReader: true };
      return await this.deps.engine().run(config, confirmed ? { confirmed } : {});
    } catch (error) {
      return { error: failureText(error, config), waitsForReader: waitsForReader(error) };
    }
  }

  /** Read again at the end: a "Not now" answered while the sync ran must stay answered. */
  private async record(config: SyncConfig, attempt: Attempt): Promise<void> {
    const current = await readSyncRecord();
    if ('report' in attempt) {
      const { report } = attempt;
      await writeSyncRecord({ lastSyncAt: report.at, lastRun: report });
      if (report.local.added + report.local.updated + report.local.removed > 0) this.deps.storeChanged();
    } else if ('pending' in attempt) {
      await writeSyncRecord({ ...current, pending: attempt.pending, lastError: undefined, waitsForReader: undefined });
    } else {
      await writeSyncRecord({
        ...current,
        lastError: attempt.error,
        waitsForReader: attempt.waitsForReader || undefined,
      });
    }
    await applySchedule(config, 'error' in attempt && attempt.waitsForReader);
  }
}

import { type BackstoryDatabase, backupTables, markTransaction, type StoreWrites } from '@/lib/store';
import { planPack, type PackLoadReport } from './plan';
import { validatePack } from './validate';

/** A pack that ships with Backstory: its id and version are known without reading it. */
export interface BundledPack {
  id: string;
  version: number;
  /** The pack itself; the world pack is a file fetched only when it must be loaded. */
  read: () => Promise<unknown>;
}

export interface BundledLoadOptions {
  now?: number;
  /** Plan again even when this version is loaded: after a pack removal, joins may have changed. */
  evenIfCurrent?: boolean;
  /** Records written per transaction. */
  stepSize?: number;
  /** Told what the pack will write before its steps begin (the mention index previews it). */
  planned?: (writes: StoreWrites) => void;
}

/**
 * Loads a bundled pack unless this version is already in the store or the reader removed it.
 *
 * The world pack is tens of thousands of records: written in one transaction it would hold the
 * store for seconds, and the first page after install would wait for its cards. It is planned
 * once, then written in steps of their own, the pack's row last. A worker stopped halfway leaves
 * the row unwritten, so the next start plans again and writes only what is missing; each step is
 * marked as the pack's, so a field a reader wrote meanwhile keeps the reader's value.
 */
export async function loadBundledPack(
  db: BackstoryDatabase,
  bundled: BundledPack,
  { now = Date.now(), evenIfCurrent = false, stepSize = 2000, planned }: BundledLoadOptions = {},
): Promise<PackLoadReport | undefined> {
  const row = await db.packs.get(bundled.id);
  if (row?.removedAt !== undefined) return undefined;
  if (row?.version === bundled.version && !evenIfCurrent) return undefined;
  const pack = validatePack(await bundled.read());
  // An async callback: Dexie follows only those across native awaits (see apply-writes.ts).
  const plan = await db.transaction('r', backupTables(db), async () => planPack(db, pack, now, { bundled: true }));
  planned?.(plan.writes);
  const mark = { kind: 'pack' as const, version: pack.version, travels: false };
  for (const step of steps(plan.writes, stepSize)) {
    await db.transaction('rw', backupTables(db), async () => {
      markTransaction(mark);
      // A removal landing between two steps wins: nothing more of the pack is written.
      if ((await db.packs.get(pack.id))?.removedAt !== undefined) return;
      await db.table(step.table).bulkPut(step.records);
    });
  }
  return plan.report;
}

type Step = { table: keyof StoreWrites; records: readonly unknown[] };

/** Records first, then the pack's row, so the row says "loaded" only once everything is there. */
function* steps(writes: StoreWrites, size: number): Generator<Step> {
  for (const table of ['entities', 'aliases', 'facts', 'relations', 'notes'] as const) {
    const records = writes[table];
    for (let start = 0; start < records.length; start += size)
      yield { table, records: records.slice(start, start + size) };
  }
  if (writes.packs.length) yield { table: 'packs', records: writes.packs };
}

import { applyWrites, type BackstoryDatabase, backupTables, type WriteProgress } from '@/lib/store';
import { noChanges, planPack, type PackLoadReport } from './plan';
import type { Pack } from './schema';
import { validatePack } from './validate';

export type { PackLoadReport } from './plan';

/**
 * Loads (or reloads) a pack in one transaction. Records the reader edited or deleted are
 * never touched; records the pack no longer has are tombstoned; an unchanged pack writes
 * no records, so loading it twice changes nothing.
 *
 * It loads a pack as a bundled one, all in one transaction: a pack the reader removed stays
 * removed here (`removedByReader`); the reader brings it back by importing it (`writePack`).
 * The browser's own start loads its bundled packs in steps instead (`loadBundledPack`), so the
 * world pack's thousands of records never hold the store at once; both run the same plan.
 * A bundled pack's writes carry the pack version's fixed clock (see planPack): every browser
 * loads the same pack the same way, so they never need to be synced.
 */
export async function loadPack(db: BackstoryDatabase, input: unknown, now = Date.now()): Promise<PackLoadReport> {
  const pack = validatePack(input);
  return db.transaction('rw', backupTables(db), async () => {
    const row = await db.packs.get(pack.id);
    if (row?.removedAt !== undefined) {
      const byTable = { entities: noChanges(), aliases: noChanges(), facts: noChanges(), relations: noChanges() };
      return { packId: pack.id, ...noChanges(), byTable, removedByReader: true };
    }
    return writePack(db, pack, now, { bundled: true });
  });
}

/** What loading the pack would do ("adds 120, updates 5, leaves your 3 edits alone"), writing nothing. */
export async function previewPack(db: BackstoryDatabase, input: unknown, now = Date.now()): Promise<PackLoadReport> {
  const pack = validatePack(input);
  return db.transaction('r', backupTables(db), async () => (await planPack(db, pack, now, { bundled: false })).report);
}

/**
 * The plan is made inside the write transaction rather than reused from a preview: the
 * reader may have edited something since, and the edit must still win.
 */
export async function writePack(
  db: BackstoryDatabase,
  pack: Pack,
  now = Date.now(),
  { bundled = false, progress }: { bundled?: boolean; progress?: WriteProgress } = {},
): Promise<PackLoadReport> {
  return db.transaction('rw', backupTables(db), async () => {
    const plan = await planPack(db, pack, now, { bundled });
    await applyWrites(db, plan.writes, progress);
    return plan.report;
  });
}

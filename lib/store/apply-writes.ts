import type { BackstoryDatabase } from './db';
import type { AliasRecord, EntityRecord, FactRecord, NoteRecord, PackRecord, RelationRecord } from './records';

/** Everything one import, pack load or pack removal writes, computed before anything is written. */
export interface StoreWrites {
  entities: EntityRecord[];
  aliases: AliasRecord[];
  facts: FactRecord[];
  relations: RelationRecord[];
  notes: NoteRecord[];
  packs: PackRecord[];
}

export function emptyWrites(): StoreWrites {
  return { entities: [], aliases: [], facts: [], relations: [], notes: [], packs: [] };
}

export function countWrites(writes: StoreWrites): number {
  const { entities, aliases, facts, relations, notes, packs } = writes;
  return entities.length + aliases.length + facts.length + relations.length + notes.length + packs.length;
}

export interface WriteProgress {
  /** Aborting it makes the next chunk throw, which aborts the caller's transaction. */
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  chunkSize?: number;
}

export class CancelledError extends Error {
  constructor() {
    super('Cancelled: nothing was written');
  }
}

/** The tables a whole-store write spans; one transaction over all of them is all or nothing. */
export function backupTables(db: BackstoryDatabase) {
  return [db.entities, db.aliases, db.facts, db.relations, db.notes, db.packs];
}

interface BulkTable<T> {
  bulkPut(records: readonly T[]): Promise<unknown>;
}

/**
 * Writes in chunks so that progress can be reported and a cancel noticed between chunks.
 * Must run inside a 'rw' transaction over `backupTables(db)`: throwing (on cancel, or on a
 * failed write) then rolls back every chunk already written.
 */
export async function applyWrites(
  db: BackstoryDatabase,
  writes: StoreWrites,
  progress: WriteProgress = {},
): Promise<void> {
  const total = countWrites(writes);
  const chunkSize = progress.chunkSize ?? 2000;
  let done = 0;
  const putAll = async <T>(table: BulkTable<T>, records: readonly T[]) => {
    for (let start = 0; start < records.length; start += chunkSize) {
      if (progress.signal?.aborted) throw new CancelledError();
      const chunk = records.slice(start, start + chunkSize);
      await table.bulkPut(chunk);
      done += chunk.length;
      progress.onProgress?.(done, total);
    }
  };
  // Dexie follows its transaction across native awaits only when the transaction callback is
  // an async function (isAsyncFunction(scopeFunc) in dexie.mjs); from a plain callback, awaiting
  // a helper that touched no table loses the transaction. Skipping empty lists is safe for both.
  if (writes.entities.length) await putAll(db.entities, writes.entities);
  if (writes.aliases.length) await putAll(db.aliases, writes.aliases);
  if (writes.facts.length) await putAll(db.facts, writes.facts);
  if (writes.relations.length) await putAll(db.relations, writes.relations);
  if (writes.notes.length) await putAll(db.notes, writes.notes);
  if (writes.packs.length) await putAll(db.packs, writes.packs);
}

import type { Table } from 'dexie';
import type { StoreWrites } from './apply-writes';
import type { BackstoryDatabase } from './db';
import { markTransaction } from './stamp';

export type WrittenRecord = { id: string };
export type WrittenTable = keyof StoreWrites;

export function tableOf(db: BackstoryDatabase, name: WrittenTable): Table<WrittenRecord, string> {
  return db[name] as unknown as Table<WrittenRecord, string>;
}

/**
 * What each written batch replaced, so that a cancel or a failure can put the store back. Batches
 * written side by side note themselves as they land, in any order: no two hold the same record,
 * so each is taken back on its own.
 */
export class UndoLog {
  private readonly steps: { table: WrittenTable; added: string[]; replaced: WrittenRecord[] }[] = [];

  note(table: WrittenTable, ids: readonly string[], before: readonly (WrittenRecord | undefined)[]): void {
    const added = ids.filter((_, index) => before[index] === undefined);
    const replaced = before.filter((record): record is WrittenRecord => record !== undefined);
    this.steps.push({ table, added, replaced });
  }

  /** Newest batch first, each in its own transaction, the way they were written. */
  async rollBack(db: BackstoryDatabase): Promise<void> {
    for (const step of [...this.steps].reverse()) {
      const table = tableOf(db, step.table);
      await db.transaction('rw', [table], async () => {
        // The records put back are stored as they were, clocks and all.
        markTransaction({ kind: 'sync' });
        if (step.added.length) await table.bulkDelete(step.added);
        if (step.replaced.length) await table.bulkPut(step.replaced);
      });
    }
  }
}

import { type BackstoryDatabase, markTransaction } from '@/lib/store';
import {
  deletionField,
  forTransfer,
  type Hlc,
  isPackClock,
  maxHlc,
  type MergeCounts,
  noMergeCounts,
  planSyncedMerge,
  sameSynced,
  SYNCED_TABLES,
  type SyncedRecord,
  type SyncedTable,
} from '@/lib/merge';

/** Records by table, as a chunk or a snapshot carries them. */
export type SyncRecords = Partial<Record<SyncedTable, SyncedRecord[]>>;

/** Where this browser stands with one remote. Kept in the store, written with the records it describes. */
export interface SyncCursor {
  /** Which remote this is about; a different address starts afresh. */
  remote: string;
  /** For each device, the last of its chunks merged here. */
  cursors: Record<string, number>;
  /** The number of this device's next chunk. */
  nextSeq: number;
  /** Every local write up to this clock has been sent. */
  pushedUpTo?: Hlc;
  /** Snapshot files already merged here (by name), so they are not read again. */
  seenSnapshots?: string[];
}

/** What merging incoming records would change here, before anything is written. */
export interface MergePreview {
  counts: MergeCounts;
  /** The reader's records that would go from live to deleted, each said in words ("Note: “…”"). */
  removed: string[];
  writes: number;
}

const STATE_KEY = 'sync-state';

function countRecords(records: SyncRecords): number {
  return SYNCED_TABLES.reduce((sum, table) => sum + (records[table]?.length ?? 0), 0);
}

/**
 * This browser's store as sync sees it. Every merge happens in one transaction together
 * with the cursor that says it happened, so a worker stopped mid-sync leaves either both
 * or neither (and merging the same records again changes nothing).
 */
export class StoreReplica {
  constructor(private readonly db: BackstoryDatabase) {}

  get deviceId(): string {
    return this.db.deviceId;
  }

  async open(): Promise<void> {
    await this.db.open();
  }

  async readState(remote: string): Promise<SyncCursor> {
    const stored = (await this.db.meta.get(STATE_KEY))?.value as SyncCursor | undefined;
    return stored?.remote === remote ? stored : { remote, cursors: {}, nextSeq: 1 };
  }

  async saveState(state: SyncCursor): Promise<void> {
    await this.db.meta.put({ id: STATE_KEY, value: state });
  }

  async forgetState(): Promise<void> {
    await this.db.meta.delete(STATE_KEY);
  }

  /** The records written here after `upTo` (all of them when it is absent), as they travel. */
  async changesSince(upTo: Hlc | undefined): Promise<{ records: SyncRecords; count: number; newest?: Hlc }> {
    const records: SyncRecords = {};
    let newest: Hlc | undefined;
    await this.db.transaction('r', this.tables(), async () => {
      for (const table of SYNCED_TABLES) {
        const index = this.db.table(table).where('localClock');
        const found = (await (upTo === undefined ? index.above('') : index.above(upTo)).toArray()) as SyncedRecord[];
        for (const record of found) newest = maxHlc(newest, record.localClock);
        if (found.length) records[table] = found.map(forTransfer);
      }
    });
    return { records, count: countRecords(records), newest };
  }

  /**
   * The reader's live records (every table, pristine bundled-pack records aside): what a
   * large delete is measured against.
   */
  async liveRecords(): Promise<number> {
    let live = 0;
    await this.db.transaction('r', this.tables(), async () => {
      for (const table of SYNCED_TABLES) {
        const field = deletionField(table);
        live += await this.db
          .table(table)
          .filter((record: SyncedRecord) => record[field] === undefined && !(record.clock && isPackClock(record.clock)))
          .count();
      }
    });
    return live;
  }

  /** Records written here and not yet sent to the remote last synced with (all of them before a first sync). */
  async pendingChanges(): Promise<number> {
    await this.open();
    const stored = (await this.db.meta.get(STATE_KEY))?.value as SyncCursor | undefined;
    return this.countChangesSince(stored?.pushedUpTo);
  }

  async countChangesSince(upTo: Hlc | undefined): Promise<number> {
    let count = 0;
    for (const table of SYNCED_TABLES) {
      const index = this.db.table(table).where('localClock');
      count += await (upTo === undefined ? index.above('') : index.above(upTo)).count();
    }
    return count;
  }

  /**
   * Everything a snapshot must hold: every record but the pristine ones of bundled packs,
   * which every browser loads for itself (their clocks are the pack's, device 'pack').
   * `newest` is the newest local write among them, read in the same transaction.
   */
  async everything(): Promise<{ records: SyncRecords; count: number; newest?: Hlc }> {
    const records: SyncRecords = {};
    let newest: Hlc | undefined;
    await this.db.transaction('r', this.tables(), async () => {
      for (const table of SYNCED_TABLES) {
        const all = (await this.db.table(table).toArray()) as SyncedRecord[];
        for (const record of all) newest = maxHlc(newest, record.localClock);
        const own = all.filter((record) => !(record.clock && isPackClock(record.clock)));
        if (own.length) records[table] = own.map(forTransfer);
      }
    });
    return { records, count: countRecords(records), newest };
  }

  /**
   * What a first push sends: everything but the records `known` holds in the same version
   * (the remote just gave them to us).
   */
  async everythingBut(known: SyncRecords): Promise<{ records: SyncRecords; count: number; newest?: Hlc }> {
    const everything = await this.everything();
    const records: SyncRecords = {};
    for (const table of SYNCED_TABLES) {
      const theirs = new Map((known[table] ?? []).map((record) => [record.id, record]));
      const ours = (everything.records[table] ?? []).filter((record) => {
        const remote = theirs.get(record.id);
        return !remote || !sameSynced(table, remote, record);
      });
      if (ours.length) records[table] = ours;
    }
    return { records, count: countRecords(records), newest: everything.newest };
  }

  /** What `apply` would do, writing nothing. */
  async preview(incoming: SyncRecords): Promise<MergePreview> {
    return this.db.transaction('r', this.tables(), async () => (await this.plan(incoming)).preview);
  }

  /** Merges incoming records and saves the cursor, in one transaction. */
  async apply(incoming: SyncRecords, state: SyncCursor, now = Date.now()): Promise<MergePreview> {
    const preview = await this.db.transaction('rw', [...this.tables(), this.db.meta], async () => {
      markTransaction({ kind: 'sync' });
      const { preview, writes } = await this.plan(incoming);
      for (const table of SYNCED_TABLES) {
        const records = writes[table];
        if (records?.length)
          await this.db.table(table).bulkPut(records.map((record) => ({ ...record, updatedAt: now })));
      }
      await this.db.meta.put({ id: STATE_KEY, value: state });
      return preview;
    });
    return preview;
  }

  private async plan(incoming: SyncRecords): Promise<{ preview: MergePreview; writes: SyncRecords }> {
    const counts = noMergeCounts();
    const writes: SyncRecords = {};
    const removed: string[] = [];
    for (const table of SYNCED_TABLES) {
      const records = incoming[table];
      if (!records?.length) continue;
      const stored = (await this.db.table(table).bulkGet(records.map((record) => record.id))) as (
        SyncedRecord | undefined
      )[];
      const local = new Map(stored.flatMap((record) => (record ? [[record.id, record] as const] : [])));
      const merged = planSyncedMerge(table, local, records);
      for (const effect of Object.keys(counts) as (keyof MergeCounts)[]) counts[effect] += merged.counts[effect];
      writes[table] = merged.writes;
      removed.push(...goneRecords(table, local, merged.writes));
    }
    return { preview: { counts, removed, writes: countRecords(writes) }, writes };
  }

  private tables() {
    return SYNCED_TABLES.map((table) => this.db.table(table));
  }
}

/** Records live here that the merge would delete, said as the reader knows them. */
function goneRecords(
  table: SyncedTable,
  local: ReadonlyMap<string, SyncedRecord>,
  writes: readonly SyncedRecord[],
): string[] {
  const field = deletionField(table);
  return writes
    .filter((after) => after[field] !== undefined && local.has(after.id) && local.get(after.id)?.[field] === undefined)
    .map((after) => describeRecord(table, local.get(after.id)!));
}

const quoted = (text: unknown) => {
  const words = String(text ?? '');
  return `“${words.length > 60 ? `${words.slice(0, 59)}…` : words}”`;
};

function describeRecord(table: SyncedTable, record: SyncedRecord): string {
  if (table === 'entities') return String(record.name);
  if (table === 'notes') return `Note: ${quoted(record.text)}`;
  if (table === 'facts') return `Fact: ${quoted(record.text)}`;
  if (table === 'aliases') return `Alias ${quoted(record.text)}`;
  if (table === 'packs') return `Pack ${quoted(record.name)}`;
  return `Relation (${String(record.type)})`;
}

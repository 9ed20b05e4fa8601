import { Dexie, type EntityTable, type Transaction } from 'dexie';
import { type Hlc, HybridClock, isDeviceId, legacyHlc, maxHlc, newDeviceId, packHlc } from '@/lib/merge';
import { matchableStampMiddleware } from './freshness';
import { stampingMiddleware, type ClockSource } from './stamp';
import type {
  AliasRecord,
  CacheRecord,
  EntityRecord,
  FactRecord,
  MetaRecord,
  NoteRecord,
  PackRecord,
  RelationRecord,
  SnapshotRecord,
} from './records';

/**
 * The reader's store. Only the background opens it (a content script would open the
 * news site's IndexedDB instead). `version(n)` steps are never edited once shipped:
 * a change is a new step with an upgrade function.
 */
export class BackstoryDatabase extends Dexie implements ClockSource {
  entities!: EntityTable<EntityRecord, 'id'>;
  aliases!: EntityTable<AliasRecord, 'id'>;
  facts!: EntityTable<FactRecord, 'id'>;
  relations!: EntityTable<RelationRecord, 'id'>;
  notes!: EntityTable<NoteRecord, 'id'>;
  packs!: EntityTable<PackRecord, 'id'>;
  cache!: EntityTable<CacheRecord, 'id'>;
  snapshots!: EntityTable<SnapshotRecord, 'id'>;
  meta!: EntityTable<MetaRecord, 'id'>;
  /** This device's hybrid logical clock; set when the database opens. */
  clock?: HybridClock;

  /** `now` is the wall clock the hybrid clock reads; tests give devices skewed ones. */
  constructor(
    name = 'backstory',
    private readonly now: () => number = Date.now,
  ) {
    super(name);
    this.version(1).stores({
      entities: 'id, kind, name, packId, updatedAt',
      aliases: 'id, entityId, text, packId',
      facts: 'id, entityId, packId',
      relations: 'id, fromId, toId, packId',
      notes: 'id, entityId, updatedAt',
      packs: 'id',
    });
    // v2: the mention index is cached across worker restarts; its freshness key needs the
    // newest alias write, hence the updatedAt index on aliases.
    this.version(2).stores({
      aliases: 'id, entityId, text, packId, updatedAt',
      cache: 'id',
    });
    // v3: entities carry the reader's tags (multiEntry, so one tag finds every entity wearing
    // it), and whole-store snapshots are kept before destructive steps. No record changes
    // shape: an entity without tags simply has none.
    this.version(3).stores({
      entities: 'id, kind, name, packId, updatedAt, *tags',
      snapshots: 'id, takenAt',
    });
    // v4: sync. Every record carries a hybrid logical clock (indexed, so a starting device
    // finds its newest) and localClock (indexed, so a push finds what was written here since
    // the last one); `meta` holds the device id and the sync cursors.
    this.version(4)
      .stores({
        entities: 'id, kind, name, packId, updatedAt, *tags, clock, localClock',
        aliases: 'id, entityId, text, packId, updatedAt, clock, localClock',
        facts: 'id, entityId, packId, clock, localClock',
        relations: 'id, fromId, toId, packId, clock, localClock',
        notes: 'id, entityId, updatedAt, clock, localClock',
        packs: 'id, clock, localClock',
        meta: 'id',
      })
      .upgrade(stampLegacyRecords);
    // v5: entities may carry a key shared across packs and look-ups (`iso:SY`); a pack that
    // loads finds the entity already holding one of its keys through this index.
    this.version(5).stores({
      entities: 'id, kind, name, packId, updatedAt, *tags, clock, localClock, key',
    });
    this.use(stampingMiddleware(this));
    this.use(matchableStampMiddleware());
    this.on('ready', () => this.startClock());
  }

  /**
   * The device id is made once per store; the clock starts past every clock the store holds.
   * A read transaction: the editor page opens the store too, and must not lock it for writing
   * each time it does. Only the very first open writes the device id (if still missing then).
   */
  private async startClock(): Promise<void> {
    // Read by the bench, beside the background's own marks (lib/background/wake-marks.ts).
    performance.mark('backstory:wake:db-opened');
    const { device, newest } = await this.transaction(
      'r',
      [...SYNCED_TABLE_NAMES.map((name) => this.table(name)), this.meta],
      async () => {
        // localClock too: a record merged from a file carries its own (older) clock but was
        // stamped with ours when it landed here, and our next write must sort after that.
        // All thirteen reads are asked for at once: one after the other, they held a woken
        // worker's first cache read back by ~80 ms (issue 16), since Dexie runs no other
        // transaction until this one is done. Index keys only: no record is read.
        const [stored, ...clocks] = await Promise.all([
          this.meta.get(DEVICE_KEY),
          ...SYNCED_TABLE_NAMES.flatMap((name) => [
            this.table(name).orderBy('clock').lastKey(),
            this.table(name).orderBy('localClock').lastKey(),
          ]),
        ]);
        const newest = clocks.reduce<Hlc | undefined>(
          (latest, clock) => maxHlc(latest, clock as Hlc | undefined),
          undefined,
        );
        return { device: isDeviceId(stored?.value) ? stored.value : undefined, newest };
      },
    );
    const started = new HybridClock(device ?? (await this.makeDeviceId()), this.now);
    if (newest) started.receive(newest);
    this.clock = started;
    performance.mark('backstory:wake:clock-started');
  }

  private makeDeviceId(): Promise<string> {
    return this.transaction('rw', this.meta, async () => {
      const stored = await this.meta.get(DEVICE_KEY);
      if (isDeviceId(stored?.value)) return stored.value;
      const device = newDeviceId();
      await this.meta.put({ id: DEVICE_KEY, value: device });
      return device;
    });
  }

  get deviceId(): string {
    if (!this.clock) throw new Error('The store is not open yet');
    return this.clock.device;
  }
}

const DEVICE_KEY = 'device';
const SYNCED_TABLE_NAMES = ['entities', 'aliases', 'facts', 'relations', 'notes', 'packs'] as const;

/**
 * Records written before sync existed get the clock of their last write: pristine pack records
 * the fixed clock of their pack's version (the same on every device, so they never travel),
 * everything the reader touched a clock from its updatedAt and a localClock, so the first
 * sync sends it.
 */
async function stampLegacyRecords(tx: Transaction): Promise<void> {
  const packs = new Map((await tx.table('packs').toArray()).map((pack: PackRecord) => [pack.id, pack.version]));
  for (const name of ['entities', 'aliases', 'facts', 'relations', 'notes'] as const) {
    await tx
      .table(name)
      .toCollection()
      .modify((record: EntityRecord) => {
        const pristine = record.origin === 'pack' && !record.editedByReader && record.deletedAt === undefined;
        if (pristine) {
          record.clock = packHlc(packs.get(record.packId ?? '') ?? 1);
        } else {
          record.clock = legacyHlc(record.updatedAt);
          record.localClock = record.clock;
        }
      });
  }
  await tx
    .table('packs')
    .toCollection()
    .modify((pack: PackRecord) => {
      pack.clock = pack.removedAt === undefined ? packHlc(pack.version) : legacyHlc(pack.removedAt);
      if (pack.removedAt !== undefined) pack.localClock = pack.clock;
    });
}

export const CONTENT_TABLES = ['entities', 'aliases', 'facts', 'relations', 'notes'] as const;
/** Everything a backup carries and a snapshot restores: the content plus the loaded packs. */
export const BACKUP_TABLES = [...CONTENT_TABLES, 'packs'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/**
 * The slice of a Dexie table that generic record code needs. Dexie's own `Table` type is
 * invariant in its record type, so code shared by several tables is written against this.
 */
export interface RecordTable<T> {
  where(index: string): { equals(value: string): { toArray(): Promise<T[]> } };
  put(record: T): Promise<unknown>;
  bulkPut(records: readonly T[]): Promise<unknown>;
}

import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import {
  BackstoryDatabase, liveRecords,
  type AliasRecord, type EntityRecord, type FactRecord, type NoteRecord, type PackRecord, type RelationRecord,
} from '@/lib/store';

/**
 * The editor reads the store directly (an extension page may), so its lists follow every
 * write at once: Dexie tells this page of the background's writes over a BroadcastChannel.
 * It never writes here: every write goes to the background, which also rebuilds the
 * matcher and re-marks open tabs (ARCHITECTURE.md).
 */
const db = new BackstoryDatabase();

/** Everything live in the store, as one consistent read. */
export interface StoreContents {
  entities: EntityRecord[];
  aliases: AliasRecord[];
  facts: FactRecord[];
  relations: RelationRecord[];
  notes: NoteRecord[];
  /** Loaded packs (removed ones left out). */
  packs: PackRecord[];
  /** Only the ids: the snapshots themselves are whole stores, read through the background. */
  snapshotIds: string[];
  /** Counts the reads: a new number means the store changed. */
  version: number;
}

let reads = 0;

async function readContents(): Promise<StoreContents> {
  return db.transaction('r', [db.entities, db.aliases, db.facts, db.relations, db.notes, db.packs, db.snapshots], async () => {
    const [entities, aliases, facts, relations, notes, packs, snapshotIds] = await Promise.all([
      liveRecords(db.entities),
      liveRecords(db.aliases),
      liveRecords(db.facts),
      liveRecords(db.relations),
      liveRecords(db.notes),
      db.packs.filter((pack) => pack.removedAt === undefined).toArray(),
      db.snapshots.toCollection().primaryKeys(),
    ]);
    reads += 1;
    return { entities, aliases, facts, relations, notes, packs, snapshotIds, version: reads };
  });
}

export interface LiveStore {
  contents?: StoreContents;
  error?: string;
}

export function useStoreContents(): LiveStore {
  const [store, setStore] = useState<LiveStore>({});
  useEffect(() => {
    const subscription = liveQuery(readContents).subscribe({
      next: (contents) => setStore({ contents }),
      error: (error: unknown) => setStore((current) => ({ ...current, error: `Cannot read your store: ${String(error)}` })),
    });
    return () => subscription.unsubscribe();
  }, []);
  return store;
}

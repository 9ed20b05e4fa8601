import { Dexie, type ObservabilitySet } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import {
  BackstoryDatabase,
  liveRecords,
  type AliasRecord,
  type EntityRecord,
  type FactRecord,
  type NoteRecord,
  type PackRecord,
  type RelationRecord,
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
/** Pages' readers waiting for a hold to end; while any hold is on, no read starts. */
let holds = 0;
const waitingForHolds = new Set<() => void>();

/**
 * While a big import is written the editor's lists need not follow: at 100,000 actors each re-read
 * and re-index of the store froze this page for up to 40 s and took the disk and a core from the
 * writer (the import ran 17 minutes). The import holds the reads, and the lists catch up once.
 */
export function holdStoreReads(): () => void {
  holds += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds -= 1;
    if (holds === 0) for (const resume of [...waitingForHolds]) resume();
  };
}

async function readContents(): Promise<StoreContents> {
  return db.transaction(
    'r',
    [db.entities, db.aliases, db.facts, db.relations, db.notes, db.packs, db.snapshots],
    async () => {
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
    },
  );
}

export interface LiveStore {
  contents?: StoreContents;
  error?: string;
}

/**
 * Reads the store again after each write, never two reads at once, and after a read waits out
 * three times as long as it took: a big import writes in about 800 transactions, and a read of the
 * whole store after every one of them (800,000 records at 100,000 actors) had the import crawl at
 * 700 records a second. A small store (a read of a few milliseconds) follows every write at once.
 */
function throttledReads(onContents: (contents: StoreContents) => void, onError: (error: unknown) => void) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;
  let stopped = false;
  let last = { endedAt: 0, tookMs: 0 };
  const run = async () => {
    running = true;
    again = false;
    const started = performance.now();
    try {
      const contents = await readContents();
      if (!stopped) onContents(contents);
    } catch (error) {
      if (!stopped) onError(error);
    }
    last = { endedAt: performance.now(), tookMs: performance.now() - started };
    running = false;
    if (again) request();
  };
  const request = () => {
    if (stopped || timer) return;
    if (holds > 0) {
      waitingForHolds.add(request);
      return;
    }
    waitingForHolds.delete(request);
    if (running) {
      again = true;
      return;
    }
    const wait = Math.max(0, last.endedAt + 3 * last.tookMs - performance.now());
    timer = setTimeout(() => {
      timer = undefined;
      void run();
    }, wait);
  };
  return {
    request,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      waitingForHolds.delete(request);
    },
  };
}

export function useStoreContents(): LiveStore {
  const [store, setStore] = useState<LiveStore>({});
  useEffect(() => {
    const reads = throttledReads(
      (contents) => setStore({ contents }),
      (error: unknown) => setStore((current) => ({ ...current, error: `Cannot read your store: ${String(error)}` })),
    );
    // Dexie tells every page of the extension of every write to this database, the background's too.
    const changed = (parts: ObservabilitySet) => {
      if (Object.keys(parts).some((part) => part === 'all' || part.startsWith(`idb://${db.name}/`))) reads.request();
    };
    Dexie.on('storagemutated', changed);
    reads.request();
    return () => {
      Dexie.on('storagemutated').unsubscribe(changed);
      reads.stop();
    };
  }, []);
  return store;
}

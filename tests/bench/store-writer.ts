import type { Worker } from 'playwright-core';
import { MATCHABLE_STAMP_KEY } from '@/lib/store/freshness';
import type { AliasRecord, EntityRecord } from '@/lib/store/records';
import { waitForBundledPacks } from '../support/installed-profile';
import type { Dictionary } from './dictionary';
import { storeContents } from './store-contents';

/**
 * Puts a dictionary into the extension's store. `worker.evaluate` cannot import our
 * modules, so this opens the background's IndexedDB ('backstory', owned by Dexie) with the
 * raw API, at the version Dexie created it with (Dexie stores version n as n × 10), and
 * bulk-puts records shaped like lib/store/records.ts. Going around Dexie, it changes the
 * store's matchable stamp itself, in the same transaction, as every write through Dexie does
 * (lib/store/freshness.ts), so no stale automaton survives.
 */
const BATCH = 20_000;
/** Tables a pack removal tombstones (lib/packs/remove.ts). */
const PACK_TABLES = ['entities', 'aliases', 'facts', 'relations'];

interface Batch {
  entities: EntityRecord[];
  aliases: AliasRecord[];
  /** Bundled packs to leave as a reader removing them would. */
  removePacks: string[];
  packTables: string[];
  stampKey: string;
}

/** Runs inside the service worker. */
async function putBatch({ entities, aliases, removePacks, packTables, stampKey }: Batch): Promise<void> {
  const info = (await indexedDB.databases()).find((d) => d.name === 'backstory');
  if (!info?.version) throw new Error('The extension has not created its database yet');
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('backstory', info.version);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const tx = db.transaction([...packTables, 'packs', 'meta'], 'readwrite');
  for (const record of entities) tx.objectStore('entities').put(record);
  for (const record of aliases) tx.objectStore('aliases').put(record);
  tx.objectStore('meta').put({ id: stampKey, value: crypto.randomUUID() });
  const now = Date.now();
  for (const packId of removePacks) {
    // What removing the pack leaves: its records tombstones, its row marked removed, so
    // the background never loads it again (lib/packs/remove.ts).
    for (const name of packTables) {
      const cursor = tx.objectStore(name).index('packId').openCursor(IDBKeyRange.only(packId));
      cursor.onsuccess = () => {
        const at = cursor.result;
        if (!at) return;
        if (at.value.deletedAt === undefined) at.update({ ...at.value, deletedAt: now, updatedAt: now });
        at.continue();
      };
    }
    const row = tx.objectStore('packs').get(packId);
    row.onsuccess = () => {
      if (row.result) tx.objectStore('packs').put({ ...row.result, removedAt: now });
    };
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/**
 * Waits for the bundled packs (the background loads the starter and the world pack on first
 * start), then writes `dictionary` with the world pack removed, and the starter pack too when
 * the dictionary does without it, so that its aliases are all the store can match. Checks
 * that the store then holds exactly the dictionary's matchable texts.
 */
export async function writeDictionary(worker: Worker, dictionary: Dictionary | undefined): Promise<void> {
  await waitForBundledPacks(worker);
  if (!dictionary) return;
  const { entities, aliases } = dictionary;
  for (let at = 0; at < Math.max(entities.length, aliases.length); at += BATCH) {
    await worker.evaluate(putBatch, {
      entities: entities.slice(at, at + BATCH),
      aliases: aliases.slice(at, at + BATCH),
      removePacks: at > 0 ? [] : dictionary.withStarterPack ? ['world'] : ['world', 'starter'],
      packTables: PACK_TABLES,
      stampKey: MATCHABLE_STAMP_KEY,
    });
  }
  const { matchable } = await storeContents(worker);
  if (matchable !== dictionary.size)
    throw new Error(`The store matches ${matchable} texts, not the dictionary's ${dictionary.size}`);
}

import type { Worker } from 'playwright-core';
import { MATCHABLE_STAMP_KEY } from '@/lib/store/freshness';
import type { AliasRecord, EntityRecord } from '@/lib/store/records';
import type { Dictionary } from './dictionary';

/**
 * Puts a dictionary into the extension's store. `worker.evaluate` cannot import our
 * modules, so this opens the background's IndexedDB ('backstory', owned by Dexie) with the
 * raw API, at the version Dexie created it with (Dexie stores version n as n × 10), and
 * bulk-puts records shaped like lib/store/records.ts. Going around Dexie, it changes the
 * store's matchable stamp itself, in the same transaction, as every write through Dexie does
 * (lib/store/freshness.ts), so no stale automaton survives.
 */
const BATCH = 20_000;

interface Batch {
  entities: EntityRecord[];
  aliases: AliasRecord[];
  tombstoneStarter: boolean;
  stampKey: string;
}

/** Runs inside the service worker. */
async function putBatch({ entities, aliases, tombstoneStarter, stampKey }: Batch): Promise<void> {
  const info = (await indexedDB.databases()).find((d) => d.name === 'backstory');
  if (!info?.version) throw new Error('The extension has not created its database yet');
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('backstory', info.version);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const tx = db.transaction(['entities', 'aliases', 'meta'], 'readwrite');
  for (const record of entities) tx.objectStore('entities').put(record);
  for (const record of aliases) tx.objectStore('aliases').put(record);
  tx.objectStore('meta').put({ id: stampKey, value: crypto.randomUUID() });
  if (tombstoneStarter) {
    // What a reader deleting the pack leaves: tombstones that a pack reload leaves alone.
    for (const name of ['entities', 'aliases']) {
      const cursor = tx.objectStore(name).index('packId').openCursor(IDBKeyRange.only('starter'));
      cursor.onsuccess = () => {
        const at = cursor.result;
        if (!at) return;
        const now = Date.now();
        at.update({ ...at.value, deletedAt: now, updatedAt: now, editedByReader: true });
        at.continue();
      };
    }
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** Runs inside the service worker: whether the starter pack has finished loading. */
async function starterLoaded(): Promise<boolean> {
  const info = (await indexedDB.databases()).find((d) => d.name === 'backstory');
  if (!info?.version) return false;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('backstory', info.version);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const found = await new Promise<unknown>((resolve) => {
    const get = db.transaction('packs').objectStore('packs').get('starter');
    get.onsuccess = () => resolve(get.result);
    get.onerror = () => resolve(undefined);
  });
  db.close();
  return found !== undefined;
}

/** Waits for the starter pack (the background loads it on first start), then writes `dictionary`. */
export async function writeDictionary(worker: Worker, dictionary: Dictionary | undefined): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await worker.evaluate(starterLoaded))) {
    if (Date.now() > deadline) throw new Error('The starter pack did not load within 15 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!dictionary) return;
  const { entities, aliases } = dictionary;
  for (let at = 0; at < Math.max(entities.length, aliases.length); at += BATCH) {
    await worker.evaluate(putBatch, {
      entities: entities.slice(at, at + BATCH),
      aliases: aliases.slice(at, at + BATCH),
      tombstoneStarter: at === 0 && !dictionary.withStarterPack,
      stampKey: MATCHABLE_STAMP_KEY,
    });
  }
}

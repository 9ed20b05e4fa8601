import 'fake-indexeddb/auto';
import { gzipSync } from 'node:zlib';
import { BackstoryDatabase } from '@/lib/store/db';
import type { AliasRecord, EntityRecord } from '@/lib/store/records';
import { syncOnce, type SyncOptions } from '@/lib/sync/engine';
import { StoreReplica } from '@/lib/sync/replica';
import { createWebDavRemote, type WebDavRemote } from '@/lib/sync/webdav';
import { startApache } from '../support/webdav/apache';
import { makeFolder } from '../support/webdav/folder';

/**
 * Sync's figures, against Apache httpd mod_dav on loopback: the first sync of a 10,000-entity
 * store, an incremental sync of 10 edits, and a second browser's first sync from that remote.
 * The floor is one PUT of the same bytes (what the transport alone costs); the peer is the
 * naive sync many tools do, uploading the whole store (every record, gzipped) after every change.
 * The stores are Dexie over fake-indexeddb in Node, slower than a browser's IndexedDB.
 */
export interface SyncSpeed {
  entities: number;
  firstSync: Figure;
  incremental: Figure & { changes: number };
  secondBrowser: Figure;
  /** One PUT of the first sync's bytes. */
  floorMs: number;
  /** The whole store gzipped: what a whole-store sync sends for every change. */
  wholeStoreBytes: number;
  wholeStorePutMs: number;
}

interface Figure {
  ms: number;
  bytesSent: number;
  bytesReceived: number;
  records: number;
}

const ENTITIES = 10_000;
const CHANGES = 10;

export async function measureSyncSpeed(): Promise<SyncSpeed> {
  const apache = await startApache();
  try {
    const account = await makeFolder(apache, 'bench');
    const remote = createWebDavRemote(account);
    const laptop = await filledStore(ENTITIES);
    const options: SyncOptions = { remoteId: account.url, deleteShareToConfirm: 1, confirmed: true };

    const firstSync = await timedSync(laptop, remote, options);
    const ids = await laptop.entities.limit(CHANGES).primaryKeys();
    await laptop.transaction('rw', laptop.entities, async () => {
      for (const id of ids) await laptop.entities.update(id, { summary: `Edited at ${Date.now()}` });
    });
    const incremental = { ...(await timedSync(laptop, remote, options)), changes: CHANGES };
    const desktop = new BackstoryDatabase(`bench-desktop-${Date.now()}`);
    const secondBrowser = await timedSync(desktop, remote, options);
    if ((await desktop.entities.count()) !== ENTITIES)
      throw new Error('the second browser did not receive the whole store');

    const floorMs = await timedPut(remote, 'floor/one-file.bin', new Uint8Array(firstSync.bytesSent));
    const whole = gzipSync(JSON.stringify(await new StoreReplica(laptop).everything()));
    const wholeStorePutMs = await timedPut(remote, 'floor/whole-store.json.gz', new Uint8Array(whole));
    return {
      entities: ENTITIES,
      firstSync,
      incremental,
      secondBrowser,
      floorMs,
      wholeStoreBytes: whole.byteLength,
      wholeStorePutMs,
    };
  } finally {
    await apache.close();
  }
}

async function timedSync(db: BackstoryDatabase, remote: WebDavRemote, options: SyncOptions): Promise<Figure> {
  const started = performance.now();
  const outcome = await syncOnce(new StoreReplica(db), remote, options);
  const ms = performance.now() - started;
  if (outcome.kind !== 'done') throw new Error(`sync stopped to ask: ${outcome.pending.reason}`);
  const { bytesSent, bytesReceived, sent, local } = outcome.report;
  return { ms, bytesSent, bytesReceived, records: sent + local.added + local.updated + local.removed };
}

async function timedPut(remote: WebDavRemote, path: string, body: Uint8Array): Promise<number> {
  const started = performance.now();
  await remote.put(path, body);
  return performance.now() - started;
}

/** A reader's store of `count` people, each with an alias, written through the store (so stamped like any edit). */
async function filledStore(count: number): Promise<BackstoryDatabase> {
  const db = new BackstoryDatabase(`bench-laptop-${Date.now()}`);
  const now = Date.now();
  const stamp = { createdAt: now, updatedAt: now, origin: 'reader' as const };
  const entities: EntityRecord[] = [];
  const aliases: AliasRecord[] = [];
  for (let i = 0; i < count; i += 1) {
    entities.push({
      id: `bench-${i}`,
      kind: 'person',
      name: `Commander ${i} of the northern front`,
      summary: `A commander in the Aleppo offensive, number ${i}.`,
      ...stamp,
    });
    aliases.push({
      id: `bench-alias-${i}`,
      entityId: `bench-${i}`,
      text: `Commander ${i}`,
      caseSensitive: false,
      ...stamp,
    });
  }
  await db.transaction('rw', db.entities, db.aliases, async () => {
    await db.entities.bulkPut(entities);
    await db.aliases.bulkPut(aliases);
  });
  return db;
}

/** The report's lines, with the targets of issue 6. */
export function renderSyncSpeed(speed: SyncSpeed): string[] {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const row = (label: string, figure: Figure) =>
    `| ${label} | ${figure.records.toLocaleString('en')} | ${Math.round(figure.ms).toLocaleString('en')} | ${kb(figure.bytesSent)} | ${kb(figure.bytesReceived)} |`;
  const firstUnder5s = speed.firstSync.ms < 5000;
  const incrementalKb = speed.incremental.bytesSent < 64 * 1024;
  return [
    `## Sync (Apache httpd mod_dav on loopback, ${speed.entities.toLocaleString('en')} entities)`,
    '',
    '| Sync | Records moved | ms | Sent | Received |',
    '| --- | --- | --- | --- | --- |',
    row('First sync, this browser', speed.firstSync),
    row(`Incremental, ${speed.incremental.changes} edits`, speed.incremental),
    row('First sync, a second browser', speed.secondBrowser),
    '',
    `- Floor: one PUT of the first sync's ${kb(speed.firstSync.bytesSent)} took ${Math.round(speed.floorMs)} ms; the first sync took ${(speed.firstSync.ms / speed.floorMs).toFixed(1)}× that.`,
    `- Peer: a whole-store sync sends ${kb(speed.wholeStoreBytes)} (every record, gzipped) for every change, ${Math.round(speed.wholeStorePutMs)} ms to upload; the incremental sync sent ${(speed.wholeStoreBytes / speed.incremental.bytesSent).toFixed(0)}× less.`,
    `- Target: first sync of 10,000 entities under 5 s: ${firstUnder5s ? 'PASS' : 'FAIL'} (${(speed.firstSync.ms / 1000).toFixed(2)} s).`,
    `- Target: an incremental sync sends kilobytes, not the store: ${incrementalKb ? 'PASS' : 'FAIL'} (${kb(speed.incremental.bytesSent)}).`,
    '',
  ];
}

// `npx tsx tests/bench/sync-speed.ts` measures sync alone.
if (process.argv[1]?.endsWith('sync-speed.ts')) {
  measureSyncSpeed().then(
    (speed) => console.log(renderSyncSpeed(speed).join('\n')),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}

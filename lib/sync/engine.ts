import { decodeFile, encodeFile } from './file-format/codec';
import { SyncFileError } from './file-format/file-error';
import { isDeviceId, mergeSynced, SYNCED_TABLES, type SyncedRecord } from '@/lib/merge';
import { openRemoteFormat } from './format-remote';
import { chunkPath, chunkSeq, deviceDir, DEVICES_DIR, snapshotInfo, snapshotPath, SNAPSHOTS_DIR } from './layout';
import {
  CHUNK_FORMAT,
  parseChunk,
  parseSnapshot,
  PAYLOAD_VERSION,
  SNAPSHOT_FORMAT,
  type Chunk,
  type Snapshot,
} from './file-format/payload';
import type { Remote } from './remote';
import type { MergePreview, StoreReplica, SyncCursor, SyncRecords } from './replica';
import type { PendingSync, SyncRunReport } from './service/types';

export interface SyncOptions {
  /** Which remote this is (its address): the cursors kept here belong to it. */
  remoteId: string;
  passphrase?: string;
  /**
   * The reader saw a preview (first sync, large delete) and said yes: `true` for any, or a
   * test of the preview this run would show (accept it only if it is no larger than the one seen).
   */
  confirmed?: boolean | ((pending: PendingSync) => boolean);
  /** Ask before deleting more than this share of the live entities… */
  deleteShareToConfirm: number;
  /** …when that is at least this many (deleting 1 of 3 is not "a large part of the store"). */
  deleteCountToConfirm?: number;
  /** A file over this size is refused unread. */
  maxFileBytes?: number;
  /** Compact when the remote holds more chunks than this. */
  compactAfterChunks?: number;
  now?: () => number;
  /** PBKDF2 rounds for a remote this sync creates; tests pass the minimum to stay fast. */
  kdfIterations?: number;
}

/** What one round ended with: done (with its report), or stopped to ask the reader first. */
export type RoundOutcome = { kind: 'done'; report: SyncRunReport } | { kind: 'pending'; pending: PendingSync };

const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Sorts before every clock: "everything written here so far has been sent" when nothing was. */
const NOTHING_WRITTEN = '0';
const DEFAULT_COMPACT_AFTER = 50;

interface Listing {
  /** For each device, the chunk numbers present. */
  chunks: Map<string, number[]>;
  snapshots: string[];
}

/**
 * One sync round: read what other devices wrote since last time, merge it here in one
 * transaction, send what was written here since the last push as one new chunk, and compact
 * the remote when chunks pile up. Nothing on the remote is ever rewritten in place, so no step
 * depends on ETags or locks, and a round cut short anywhere is completed by the next.
 */
export async function syncOnce(replica: StoreReplica, remote: Remote, options: SyncOptions): Promise<RoundOutcome> {
  const now = options.now ?? Date.now;
  const started = now();
  const counted = countingRemote(remote);
  await replica.open();
  const me = replica.deviceId;
  const { key, file } = await openRemoteFormat(counted, options.passphrase, {
    now: now(),
    iterations: options.kdfIterations,
  });
  // A folder emptied and set up again at the same address is another remote: start afresh.
  const listing = await listRemote(counted, me);
  const state = lostOurChunks(await replica.readState(`${options.remoteId}#${file.createdAt}`), listing, me);
  const compactionDue = countChunks(listing) > (options.compactAfterChunks ?? DEFAULT_COMPACT_AFTER);

  const pulled = await pull(
    counted,
    key,
    me,
    state,
    listing,
    compactionDue,
    options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
  );
  const preview = await replica.preview(pulled.records);
  const pending = await needsConfirmation(preview, state, pulled, replica, options);
  if (pending && !accepted(pending, options.confirmed)) return { kind: 'pending', pending };
  const applied = await replica.apply(pulled.records, pulled.state, now());

  const sent = await push(counted, key, replica, pulled.state, listing, now(), pulled.records);
  if (compactionDue) await compact(counted, key, replica, sent.state, listing, pulled.seenSnapshots, now());
  const report: SyncRunReport = {
    at: now(),
    local: { added: applied.counts.added, updated: applied.counts.updated, removed: applied.counts.removed },
    sent: sent.count,
    bytesSent: counted.bytesSent,
    bytesReceived: counted.bytesReceived,
    durationMs: now() - started,
  };
  return { kind: 'done', report };
}

/**
 * The remote holds fewer of our chunks than we sent (restored from an older backup, say):
 * send everything again on this round rather than only what is new.
 */
function lostOurChunks(state: SyncCursor, listing: Listing, me: string): SyncCursor {
  const newestThere = listing.chunks.get(me)?.at(-1) ?? 0;
  if (newestThere >= (state.cursors[me] ?? 0)) return state;
  const { pushedUpTo: _forgotten, ...rest } = state;
  return { ...rest, cursors: { ...state.cursors, [me]: newestThere } };
}

function accepted(pending: PendingSync, confirmed: SyncOptions['confirmed']): boolean {
  return typeof confirmed === 'function' ? confirmed(pending) : Boolean(confirmed);
}

async function listRemote(remote: Remote, me: string): Promise<Listing> {
  // Only folders named like a device are read: a stray folder (a sync client's "conflicted copy") is not ours.
  const devices = (await remote.listFolders(DEVICES_DIR)).filter(isDeviceId);
  const chunks = new Map<string, number[]>();
  for (const device of [...new Set([...devices, me])]) {
    const files = devices.includes(device) ? await remote.list(deviceDir(device)) : [];
    const seqs = files.map((file) => chunkSeq(file.name)).filter((seq): seq is number => seq !== undefined);
    chunks.set(
      device,
      seqs.sort((a, b) => a - b),
    );
  }
  const snapshots = (await remote.list(SNAPSHOTS_DIR))
    .map((file) => file.name)
    .filter((name) => snapshotInfo(name))
    .sort();
  return { chunks, snapshots };
}

function countChunks(listing: Listing): number {
  return [...listing.chunks.values()].reduce((sum, seqs) => sum + seqs.length, 0);
}

interface Pulled {
  records: SyncRecords;
  state: SyncCursor;
  /** Snapshots merged in this round. */
  seenSnapshots: string[];
  /** Whether the remote held anything from another device. */
  remoteHadData: boolean;
}

async function pull(
  remote: Remote,
  key: CryptoKey | undefined,
  me: string,
  state: SyncCursor,
  listing: Listing,
  compactionDue: boolean,
  maxBytes: number,
): Promise<Pulled> {
  const gathered = new RecordGatherer();
  const cursors = { ...state.cursors };
  const seen = new Set(state.seenSnapshots ?? []);
  const merged: string[] = [];
  // Snapshots are read only when chunks we have not merged were compacted away (or this is our
  // first sync with the remote), or before we compact ourselves: otherwise chunks suffice.
  if (hasGap(listing, cursors, me) || Object.keys(cursors).length === 0 || compactionDue) {
    for (const name of listing.snapshots.filter((snapshotName) => !seen.has(snapshotName))) {
      const snapshot = await readSnapshot(remote, key, name, maxBytes);
      gathered.add(snapshot.records);
      for (const [device, seq] of Object.entries(snapshot.covers))
        if (device !== me) cursors[device] = Math.max(cursors[device] ?? 0, seq);
      merged.push(name);
    }
  }
  for (const [device, seqs] of listing.chunks) {
    if (device === me) continue;
    for (const seq of seqs.filter((n) => n > (cursors[device] ?? 0))) {
      const chunk = await readChunk(remote, key, device, seq, maxBytes);
      gathered.add(chunk.records);
      cursors[device] = seq;
    }
  }
  const remoteHadData =
    merged.length > 0 || [...listing.chunks].some(([device, seqs]) => device !== me && seqs.length > 0);
  const seenSnapshots = [...new Set([...seen, ...merged])].filter((name) => listing.snapshots.includes(name));
  return {
    records: gathered.result(),
    state: { ...state, cursors, seenSnapshots },
    seenSnapshots: merged,
    remoteHadData,
  };
}

/**
 * Chunks after our cursor for some device are missing (compacted into a snapshot we have not
 * read): the chunks past the cursor must follow it without a hole.
 */
function hasGap(listing: Listing, cursors: Record<string, number>, me: string): boolean {
  return [...listing.chunks].some(([device, seqs]) => {
    if (device === me) return false;
    const cursor = cursors[device] ?? 0;
    return seqs.filter((seq) => seq > cursor).some((seq, i) => seq !== cursor + 1 + i);
  });
}

async function readChunk(
  remote: Remote,
  key: CryptoKey | undefined,
  device: string,
  seq: number,
  maxBytes: number,
): Promise<Chunk> {
  const path = chunkPath(device, seq);
  const bytes = await remote.get(path, maxBytes);
  if (!bytes) throw new SyncFileError('corrupt', `${path} was listed but could not be read; try again`);
  return parseChunk(await decodeFile(bytes, key, path), path, { device, seq });
}

async function readSnapshot(
  remote: Remote,
  key: CryptoKey | undefined,
  name: string,
  maxBytes: number,
): Promise<Snapshot> {
  const path = `${SNAPSHOTS_DIR}/${name}`;
  const bytes = await remote.get(path, maxBytes);
  if (!bytes) throw new SyncFileError('corrupt', `${path} was listed but could not be read; try again`);
  return parseSnapshot(await decodeFile(bytes, key, path), path);
}

async function needsConfirmation(
  preview: MergePreview,
  state: SyncCursor,
  pulled: Pulled,
  replica: StoreReplica,
  options: SyncOptions,
): Promise<PendingSync | undefined> {
  const changes = { added: preview.counts.added, updated: preview.counts.updated, removed: preview.counts.removed };
  const { removed } = preview;
  const pending = (reason: PendingSync['reason']): PendingSync => ({
    reason,
    changes,
    removedNames: removed.slice(0, 50),
    removedTotal: removed.length,
  });
  const firstSync = state.nextSeq === 1 && Object.keys(state.cursors).length === 0;
  if (firstSync && pulled.remoteHadData && preview.writes > 0) return pending('first-sync');
  // Notes, facts and aliases count like entities: losing all of one's notes is a large delete too.
  if (removed.length < (options.deleteCountToConfirm ?? 10)) return undefined;
  const live = await replica.liveRecords();
  return live > 0 && removed.length / live > options.deleteShareToConfirm ? pending('large-delete') : undefined;
}

async function push(
  remote: Remote,
  key: CryptoKey | undefined,
  replica: StoreReplica,
  state: SyncCursor,
  listing: Listing,
  now: number,
  pulled: SyncRecords,
): Promise<{ count: number; state: SyncCursor }> {
  // The first push to a remote sends everything this browser holds that the remote did not
  // just give it, so a reader who moves to a new server takes records synced from the old one along.
  const firstPush = state.pushedUpTo === undefined;
  const changes = firstPush ? await replica.everythingBut(pulled) : await replica.changesSince(state.pushedUpTo);
  if (changes.count === 0) {
    if (!firstPush) return { count: 0, state };
    // Nothing to send yet; from now on only what is written after this.
    const settled = { ...state, pushedUpTo: changes.newest ?? NOTHING_WRITTEN };
    await replica.saveState(settled);
    return { count: 0, state: settled };
  }
  // A chunk that landed on an earlier round whose end we never heard of keeps its number:
  // a number is never written twice, so a device that read it misses nothing.
  const mine = listing.chunks.get(replica.deviceId) ?? [];
  const seq = Math.max(state.nextSeq, (mine.at(-1) ?? 0) + 1);
  const chunk: Chunk = {
    format: CHUNK_FORMAT,
    version: PAYLOAD_VERSION,
    device: replica.deviceId,
    seq,
    writtenAt: now,
    records: changes.records,
  };
  await remote.put(chunkPath(replica.deviceId, seq), await encodeFile(chunk, key, chunkPath(replica.deviceId, seq)));
  const next: SyncCursor = {
    ...state,
    nextSeq: seq + 1,
    pushedUpTo: changes.newest ?? NOTHING_WRITTEN,
    cursors: { ...state.cursors, [replica.deviceId]: seq },
  };
  await replica.saveState(next);
  mine.push(seq);
  return { count: changes.count, state: next };
}

/**
 * Folds everything this device holds into one snapshot, then removes the chunks it covers and
 * the snapshots merged this round (this one covers them too). Chunks written meanwhile have
 * higher numbers than the snapshot covers and stay.
 */
async function compact(
  remote: Remote,
  key: CryptoKey | undefined,
  replica: StoreReplica,
  state: SyncCursor,
  listing: Listing,
  merged: string[],
  now: number,
): Promise<void> {
  const covers = Object.fromEntries(Object.entries(state.cursors).filter(([, seq]) => seq > 0));
  const covered = Object.values(covers).reduce((sum, seq) => sum + seq, 0);
  const snapshot: Snapshot = {
    format: SNAPSHOT_FORMAT,
    version: PAYLOAD_VERSION,
    device: replica.deviceId,
    writtenAt: now,
    covers,
    records: (await replica.everything()).records,
  };
  const path = snapshotPath(covered, replica.deviceId);
  await remote.put(path, await encodeFile(snapshot, key, path));
  const name = path.slice(SNAPSHOTS_DIR.length + 1);
  await replica.saveState({ ...state, seenSnapshots: [...new Set([...(state.seenSnapshots ?? []), name])] });
  // Each device's newest chunk stays even when covered: it tells a device that read less
  // of that device's chunks that the ones in between are gone, and to read the snapshot.
  for (const [device, seqs] of listing.chunks) {
    const newest = seqs.at(-1);
    for (const seq of seqs.filter((n) => n <= (covers[device] ?? 0) && n !== newest))
      await remote.remove(chunkPath(device, seq));
  }
  // Every snapshot merged here, this round or before, is covered by the new one.
  const foldedIn = new Set([...merged, ...(state.seenSnapshots ?? [])]);
  for (const old of listing.snapshots.filter((snapshotName) => foldedIn.has(snapshotName) && snapshotName !== name)) {
    await remote.remove(`${SNAPSHOTS_DIR}/${old}`);
  }
}

/** Several versions of one record (a snapshot and later chunks) become one before the merge. */
class RecordGatherer {
  private readonly tables = new Map<string, Map<string, SyncedRecord>>();

  add(records: SyncRecords): void {
    for (const table of SYNCED_TABLES) {
      const byId = this.tables.get(table) ?? new Map<string, SyncedRecord>();
      for (const record of records[table] ?? []) {
        const earlier = byId.get(record.id);
        byId.set(record.id, earlier ? mergeSynced(table, earlier, record) : record);
      }
      this.tables.set(table, byId);
    }
  }

  result(): SyncRecords {
    const records: SyncRecords = {};
    for (const table of SYNCED_TABLES) {
      const byId = this.tables.get(table);
      if (byId?.size) records[table] = [...byId.values()];
    }
    return records;
  }
}

interface CountingRemote extends Remote {
  bytesSent: number;
  bytesReceived: number;
}

function countingRemote(remote: Remote): CountingRemote {
  const counted: CountingRemote = {
    bytesSent: 0,
    bytesReceived: 0,
    list: (dir) => remote.list(dir),
    listFolders: (dir) => remote.listFolders(dir),
    async get(path, maxBytes) {
      const bytes = await remote.get(path, maxBytes);
      counted.bytesReceived += bytes?.byteLength ?? 0;
      return bytes;
    },
    async put(path, body) {
      await remote.put(path, body);
      counted.bytesSent += body.byteLength;
    },
    async create(path, body) {
      const made = await remote.create(path, body);
      counted.bytesSent += body.byteLength;
      return made;
    },
    remove: (path) => remote.remove(path),
  };
  return counted;
}

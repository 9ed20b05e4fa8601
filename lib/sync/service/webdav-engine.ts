import type { BackstoryDatabase } from '@/lib/store';
import { syncOnce } from '../engine';
import { MAX_FORMAT_FILE_BYTES, parseFormatFile } from '../file-format/format-file';
import { cachedUnlock } from '../format-remote';
import { DEVICES_DIR, FORMAT_PATH } from '../layout';
import { StoreReplica } from '../replica';
import { createWebDavRemote, type WebDavOptions } from '../webdav';
import { fileNeedsReader, NeedsReaderError, type RunOutcome, type SyncEngine } from './sync-engine';
import type { ConnectionTest, PendingSync, SyncConfig } from './types';

/**
 * The real engine behind the background's sync service: the sync engine (../engine.ts) over
 * this browser's store and the reader's WebDAV folder.
 */
export function createWebDavSyncEngine(db: BackstoryDatabase, webdav: WebDavOptions = {}): SyncEngine {
  const replica = new StoreReplica(db);
  return {
    test: (config) => readerFacing(() => testConnection(config, webdav)),
    run: (config, options) => readerFacing(() => run(replica, config, options.confirmed, webdav)),
    pendingChanges: () => replica.pendingChanges(),
  };
}

async function run(
  replica: StoreReplica,
  config: SyncConfig,
  confirmed: PendingSync | undefined,
  webdav: WebDavOptions,
): Promise<RunOutcome> {
  const outcome = await syncOnce(replica, createWebDavRemote(config, webdav), {
    remoteId: config.url,
    passphrase: config.passphrase,
    deleteShareToConfirm: config.deleteShareToConfirm,
    confirmed: confirmed ? (pending) => noLargerThan(pending, confirmed) : false,
  });
  return outcome.kind === 'done' ? { report: outcome.report } : { pending: outcome.pending };
}

/** The reader said yes to one preview; a sync that would now do more must ask again. */
function noLargerThan(pending: PendingSync, seen: PendingSync): boolean {
  const total = ({ changes }: PendingSync) => changes.added + changes.updated + changes.removed;
  return pending.reason === seen.reason && pending.removedTotal <= seen.removedTotal && total(pending) <= total(seen);
}

/** The Sync section says what the folder holds from `remote`; the message says it was reached. */
const CONNECTED = 'Connected: the folder answers as WebDAV and these credentials open it.';

async function testConnection(config: SyncConfig, webdav: WebDavOptions): Promise<ConnectionTest> {
  const remote = createWebDavRemote(config, webdav);
  await remote.check();
  const bytes = await remote.get(FORMAT_PATH, MAX_FORMAT_FILE_BYTES);
  if (!bytes) {
    return { ok: true, message: CONNECTED, remote: { exists: false, encrypted: false, devices: 0 } };
  }
  const file = parseFormatFile(bytes);
  await cachedUnlock(file, config.passphrase || undefined);
  const devices = (await remote.listFolders(DEVICES_DIR)).length;
  const encrypted = file.encryption !== undefined;
  return {
    ok: true,
    message: encrypted ? `${CONNECTED} Your passphrase opens its sync.` : CONNECTED,
    remote: { exists: true, encrypted, devices },
  };
}

/** A refused file the reader must deal with becomes the error the schedule waits on. */
async function readerFacing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (fileNeedsReader(error)) throw new NeedsReaderError(error.message);
    throw error;
  }
}

// Answers the editor's requests about keeping the store safe: its status (size, counts, whether
// the browser may evict it), backups, imports from files, and restoring snapshots.
import { backupFileName, exportBackup, type ImportJobs, listSnapshots, restoreSnapshot } from '@/lib/backup';
import type { BackgroundHandlers, KnowledgeRequestType, StoreStatus } from '@/lib/messaging';
import { countStore, type BackstoryDatabase } from '@/lib/store';
import type { KnowledgeWrites } from './knowledge-writes';

type BackupHandlers = Pick<
  BackgroundHandlers,
  Extract<KnowledgeRequestType, 'store/status' | 'backup/export' | `import/${string}` | `snapshots/${string}`>
>;

/**
 * Asks once, at startup, that the browser never evict the store under storage pressure.
 * Chrome grants it silently to installed extensions; Firefox may ask the reader.
 */
async function requestPersistence(): Promise<boolean | null> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return null;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return null;
  }
}

async function storageEstimate(): Promise<StoreStatus['estimate']> {
  const estimate = await globalThis.navigator?.storage?.estimate?.().catch(() => undefined);
  return estimate ? { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0 } : null;
}

export function createBackupHandlers(
  db: BackstoryDatabase,
  jobs: ImportJobs,
  { afterWrite, afterImport }: KnowledgeWrites,
): BackupHandlers {
  const persisted = requestPersistence();
  return {
    'store/status': async () => ({
      persisted: await persisted,
      estimate: await storageEstimate(),
      counts: await countStore(db),
      snapshots: await db.snapshots.count(),
    }),
    'backup/export': async () => ({
      fileName: backupFileName(),
      text: JSON.stringify(await exportBackup(db)),
      counts: await countStore(db),
    }),
    'import/start': ({ kind, text }) => jobs.start(kind, text),
    'import/stage': async ({ name, text }) => jobs.stage(name, text),
    'import/start-set': ({ stagedIds }) => jobs.startSet(stagedIds),
    'import/progress': async ({ jobId }) => jobs.progress(jobId),
    'import/commit': async ({ jobId }) => afterImport(await jobs.commit(jobId)),
    'import/cancel': async ({ jobId }) => jobs.cancel(jobId),
    'snapshots/list': () => listSnapshots(db),
    'snapshots/restore': async ({ id }) => afterWrite(await restoreSnapshot(db, id)),
  };
}

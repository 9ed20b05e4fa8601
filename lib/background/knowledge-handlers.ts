import {
  backupFileName, dropSnapshot, exportBackup, ImportJobs, listSnapshots, restoreSnapshot, takeSnapshot,
} from '@/lib/backup';
import type { BackgroundHandlers, KnowledgeRequestType, PackInfo, StoreStatus } from '@/lib/messaging';
import { exportPack, previewPackRemoval, removePack } from '@/lib/packs';
import {
  countStore, deleteEntities, getEntityDetail, isLive, listTags, mergeEntities, selectEntities, tagEntities,
  type BackstoryDatabase, type EntitySelection,
} from '@/lib/store';
import { getLiveEntity } from '@/lib/store/read';
import { loadBundledPacks } from './bundled-packs';
import type { MentionIndex } from './mention-index';

type KnowledgeHandlers = Pick<BackgroundHandlers, KnowledgeRequestType>;

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

/**
 * The editor's requests: packs, backups, imports, snapshots and bulk actions. Every step
 * that destroys something keeps a snapshot first and answers its id as the undo; a step
 * that fails drops its snapshot again, since it changed nothing.
 */
export function createKnowledgeHandlers(
  db: BackstoryDatabase, index: MentionIndex, storeChanged: () => void, jobs = new ImportJobs(db),
): KnowledgeHandlers {
  const persisted = requestPersistence();
  const afterWrite = <T>(value: T): T => {
    index.invalidate();
    storeChanged();
    return value;
  };
  const guarded = async <T>(reason: string, step: () => Promise<T>): Promise<{ value: T; undoId: string }> => {
    const snapshot = await takeSnapshot(db, reason);
    try {
      return afterWrite({ value: await step(), undoId: snapshot.id });
    } catch (error) {
      await dropSnapshot(db, snapshot.id);
      throw error;
    }
  };
  return {
    'store/status': async () => ({
      persisted: await persisted, estimate: await storageEstimate(), counts: await countStore(db), snapshots: await db.snapshots.count(),
    }),
    'tags/list': () => listTags(db),
    'entities/select': ({ selection, limit }) => selectForEditor(db, selection, limit),
    'entities/bulk-tag': async ({ ids, tag, remove }) => afterWrite({ changedIds: await tagEntities(db, ids, tag, remove) }),
    'entities/bulk-delete': async ({ ids }) => {
      const unique = new Set(ids).size;
      const { value, undoId } = await guarded(`before deleting ${unique} entit${unique === 1 ? 'y' : 'ies'}`, () => deleteEntities(db, ids));
      return { deleted: value, undoId };
    },
    'entities/merge': async ({ keepId, mergeId }) => {
      const [keep, gone] = [await getLiveEntity(db, keepId), await getLiveEntity(db, mergeId)];
      const { value, undoId } = await guarded(`before merging “${gone.name}” into “${keep.name}”`, () => mergeEntities(db, keepId, mergeId));
      return { report: value, entity: await getEntityDetail(db, keepId), undoId };
    },
    'packs/list': () => listPacks(db),
    'packs/export': async ({ selection, meta }) => {
      const pack = await exportPack(db, selection, meta);
      // Indented: a pack is meant to be read and edited by people too.
      return { fileName: `${pack.id}-${pack.version}.backstory-pack.json`, text: JSON.stringify(pack, null, 2), entities: pack.entities.length };
    },
    'packs/remove-preview': ({ packId }) => previewPackRemoval(db, packId),
    'packs/remove': async ({ packId }) => {
      const preview = await previewPackRemoval(db, packId);
      const { value, undoId } = await guarded(`before removing the pack “${preview.name}”`, () => removePack(db, packId));
      // The removed pack may have hosted actors another bundled pack joined: that pack takes them over.
      void loadBundledPacks(db, () => afterWrite(undefined), { evenIfCurrent: true });
      return { ...value, undoId };
    },
    'backup/export': async () => ({
      fileName: backupFileName(), text: JSON.stringify(await exportBackup(db)), counts: await countStore(db),
    }),
    'import/start': ({ kind, text }) => jobs.start(kind, text),
    'import/stage': async ({ name, text }) => jobs.stage(name, text),
    'import/start-set': ({ stagedIds }) => jobs.startSet(stagedIds),
    'import/progress': async ({ jobId }) => jobs.progress(jobId),
    'import/commit': async ({ jobId }) => afterWrite(await jobs.commit(jobId)),
    'import/cancel': async ({ jobId }) => jobs.cancel(jobId),
    'snapshots/list': () => listSnapshots(db),
    'snapshots/restore': async ({ id }) => afterWrite(await restoreSnapshot(db, id)),
  };
}

async function listPacks(db: BackstoryDatabase): Promise<PackInfo[]> {
  const packs = await db.packs.filter((pack) => pack.removedAt === undefined).toArray();
  return Promise.all(packs.map(async ({ id, name, version, loadedAt }) => ({
    id, name, version, loadedAt, entities: await db.entities.where('packId').equals(id).filter((e) => isLive(e) && e.origin === 'pack').count(),
  })));
}

async function selectForEditor(db: BackstoryDatabase, selection: EntitySelection, limit: number) {
  const all = await selectEntities(db, selection);
  all.sort((a, b) => a.name.localeCompare(b.name));
  const entities = all.slice(0, limit).map(({ id, name, kind, summary, tags, origin, packId }) => ({
    id, name, kind, summary, tags: tags ?? [], origin, packId,
  }));
  return { entities, total: all.length };
}

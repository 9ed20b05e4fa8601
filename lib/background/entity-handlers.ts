// Answers the editor's requests about many entities at once: tags, the selection list, bulk
// tagging, bulk deletion and merging. Deleting and merging keep a snapshot first as the undo.
import type { BackgroundHandlers, KnowledgeRequestType } from '@/lib/messaging';
import {
  type BackstoryDatabase,
  deleteEntities,
  type EntitySelection,
  getEntityDetail,
  getLiveEntity,
  listTags,
  mergeEntities,
  selectEntities,
  tagEntities,
} from '@/lib/store';
import type { KnowledgeWrites } from './knowledge-writes';

type EntityHandlers = Pick<BackgroundHandlers, Extract<KnowledgeRequestType, 'tags/list' | `entities/${string}`>>;

export function createEntityHandlers(db: BackstoryDatabase, { afterWrite, guarded }: KnowledgeWrites): EntityHandlers {
  return {
    'tags/list': () => listTags(db),
    'entities/select': ({ selection, limit }) => selectForEditor(db, selection, limit),
    'entities/bulk-tag': async ({ ids, tag, remove }) =>
      afterWrite({ changedIds: await tagEntities(db, ids, tag, remove) }),
    'entities/bulk-delete': async ({ ids }) => {
      const unique = new Set(ids).size;
      const { value, undoId } = await guarded(`before deleting ${unique} entit${unique === 1 ? 'y' : 'ies'}`, () =>
        deleteEntities(db, ids),
      );
      return { deleted: value, undoId };
    },
    'entities/merge': async ({ keepId, mergeId }) => {
      const [keep, gone] = [await getLiveEntity(db, keepId), await getLiveEntity(db, mergeId)];
      const { value, undoId } = await guarded(`before merging “${gone.name}” into “${keep.name}”`, () =>
        mergeEntities(db, keepId, mergeId),
      );
      return { report: value, entity: await getEntityDetail(db, keepId), undoId };
    },
  };
}

async function selectForEditor(db: BackstoryDatabase, selection: EntitySelection, limit: number) {
  const all = await selectEntities(db, selection);
  all.sort((a, b) => a.name.localeCompare(b.name));
  const entities = all.slice(0, limit).map(({ id, name, kind, summary, tags, origin, packId }) => ({
    id,
    name,
    kind,
    summary,
    tags: tags ?? [],
    origin,
    packId,
  }));
  return { entities, total: all.length };
}

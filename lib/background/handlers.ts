import { datePublished } from '@/lib/article-date';
import type { ImportJobs } from '@/lib/backup';
import type { PackSubscriptions } from '@/lib/pack-subscriptions';
import type { BackgroundHandlers } from '@/lib/messaging';
import {
  addFact,
  addStopPhrase,
  deleteEntity,
  deleteNote,
  findDuplicateEntities,
  getEntityDetail,
  saveEntity,
  saveNote,
  searchByName,
  type BackstoryDatabase,
} from '@/lib/store';
import { createKnowledgeHandlers } from './knowledge-handlers';
import { createLookupHandlers } from './lookup-handlers';
import type { MentionIndex } from './mention-index';
import { namesNotInStore } from './names-not-in-store';
import { createSubscriptionHandlers } from './subscription-handlers';
import { createSyncHandlers } from './sync-handlers';
import type { SyncService } from '@/lib/sync/service';

/** Imports from files and from followed addresses share their jobs: one import is written at a time. */
export interface PackImports {
  jobs: ImportJobs;
  subscriptions: PackSubscriptions;
}

/**
 * The background's answers. Every write goes through here, so after each one the mention
 * index is rebuilt and open tabs are told: a new alias is marked without a reload.
 */
export function createHandlers(
  db: BackstoryDatabase,
  index: MentionIndex,
  storeChanged: () => void,
  sync: SyncService,
  packs: PackImports,
): BackgroundHandlers {
  const afterWrite = <T>(value: T): T => {
    index.invalidate();
    storeChanged();
    return value;
  };
  return {
    'mentions/find': ({ chunks }) => index.find(chunks),
    'names/unknown': (request) => namesNotInStore(index, request),
    'article/date': async (clues) => datePublished(clues),
    'entity/get': ({ id }) => getEntityDetail(db, id),
    'entities/search': ({ query, limit }) => searchByName(db, query, limit),
    'entities/duplicates': ({ name, selfId }) => findDuplicateEntities(db, name, selfId),
    'entity/save': async (draft) => afterWrite(await saveEntity(db, draft)),
    'entity/delete': async ({ id }) => afterWrite(await deleteEntity(db, id).then(() => null)),
    'note/save': async (draft) => afterWrite(await saveNote(db, draft)),
    'note/delete': async ({ id }) => afterWrite(await deleteNote(db, id).then(() => null)),
    'fact/add': async ({ entityId, fact }) => afterWrite(await addFact(db, entityId, fact)),
    'mention/reject': async ({ entityId, phrase }) => afterWrite(await addStopPhrase(db, entityId, phrase)),
    ...createKnowledgeHandlers(db, index, storeChanged, packs.jobs),
    ...createSyncHandlers(sync),
    ...createLookupHandlers(db, afterWrite),
    ...createSubscriptionHandlers(packs.subscriptions),
  };
}

export { BackstoryDatabase, type RecordTable } from './db';
export * from './records';
export * from './drafts';
export { RecordSchemas } from './record-schemas';
export type * from './views';
export {
  getEntityDetail,
  getLiveEntity,
  listEntitiesWithAliases,
  NotFoundError,
  withTheirAliases,
  type EntityWithAliases,
} from './read';
export { readInPages, READ_PAGE_SIZE } from './paged-read';
export { searchByName } from './name-search';
export { saveEntity, deleteEntity } from './write-entity';
export { saveNote, deleteNote } from './write-note';
export { addFact } from './write-fact';
export { addStopPhrase } from './write-stop-phrase';
export { listMatchableAliases, matchableAliases, matchableAliasesInSteps } from './matchable';
export { matchableStoreKey, stampAfterSteps, type StampStep } from './freshness';
export { BACKUP_TABLES, CONTENT_TABLES, type BackupTable } from './db';
export { selectEntities, listTags, tagEntities, deleteEntities, type EntitySelection, type TagCount } from './bulk';
export { mergeEntities, type MergeReport } from './merge-entities';
export { findDuplicateEntities, findDuplicates, nameKey, type DuplicateMatch } from './duplicates';
export {
  applyWrites,
  backupTables,
  CancelledError,
  countWrites,
  emptyWrites,
  type StoreWrites,
  type WriteProgress,
} from './apply-writes';
export { applyWritesInBatches } from './batched-writes';
export { currentMark, markTransaction, storesAsGiven, type WriteMark } from './stamp';
export { newId } from './ids';
export { countStore, liveRecords, type StoreCounts } from './counts';

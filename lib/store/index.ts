export { BackstoryDatabase } from './db';
export * from './records';
export * from './drafts';
export type * from './views';
export { getEntityDetail, listEntitiesWithAliases, NotFoundError } from './read';
export { searchEntities } from './search';
export { saveEntity, deleteEntity } from './write-entity';
export { saveNote, deleteNote } from './write-note';
export { listMatchableAliases } from './matchable';

/**
 * Full-text search over the reader's store (names, aliases, summaries, facts and notes),
 * for the editor page. The background's 'entities/search' stays the quick name lookup the
 * popup and the pickers use (lib/store/name-search.ts); this index lives where it is used, in the
 * editor's page.
 */
export { searchDocuments, type SearchDocument, type SearchableRecords } from './documents';
export { EntityIndex, type IndexChanges } from './entity-index';

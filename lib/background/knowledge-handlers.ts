// Answers the editor's requests about the reader's knowledge by joining three tables: entities
// (entity-handlers.ts), packs (pack-handlers.ts), and backups, imports and snapshots (backup-handlers.ts).
import type { BackgroundHandlers, KnowledgeRequestType } from '@/lib/messaging';
import type { BackstoryDatabase } from '@/lib/store';
import { createBackupHandlers } from './backup-handlers';
import { createEntityHandlers } from './entity-handlers';
import { createKnowledgeWrites, indexedImportJobs } from './knowledge-writes';
import type { MentionIndex } from './mention-index';
import { createPackHandlers } from './pack-handlers';

type KnowledgeHandlers = Pick<BackgroundHandlers, KnowledgeRequestType>;

/**
 * The editor's requests: packs, backups, imports, snapshots and bulk actions. Every step
 * that destroys something keeps a snapshot first and answers its id as the undo; a step
 * that fails drops its snapshot again, since it changed nothing.
 */
export function createKnowledgeHandlers(
  db: BackstoryDatabase,
  index: MentionIndex,
  storeChanged: () => void,
  jobs = indexedImportJobs(db, index),
): KnowledgeHandlers {
  const writes = createKnowledgeWrites(db, index, storeChanged);
  return {
    ...createBackupHandlers(db, jobs, writes),
    ...createEntityHandlers(db, writes),
    ...createPackHandlers(db, writes),
  };
}

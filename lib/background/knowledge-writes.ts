// What the entity, pack and backup handlers share: how a write is followed up, and how a
// destructive step keeps a snapshot first so that its answer can carry the undo.
import { dropSnapshot, ImportJobs, type ImportJobsOptions, takeSnapshot } from '@/lib/backup';
import type { BackstoryDatabase } from '@/lib/store';
import type { MentionIndex } from './mention-index';

export interface KnowledgeWrites {
  /** Rebuilds the mention index and tells open tabs, then answers the value unchanged. */
  afterWrite: <T>(value: T) => T;
  /** After an import's commit: tells open tabs; the index heard of the import from its jobs (`indexedImportJobs`). */
  afterImport: <T>(value: T) => T;
  /** Runs a destructive step after a snapshot; a step that fails changed nothing, so its snapshot goes again. */
  guarded: <T>(reason: string, step: () => Promise<T>) => Promise<{ value: T; undoId: string }>;
}

export function createKnowledgeWrites(
  db: BackstoryDatabase,
  index: MentionIndex,
  storeChanged: () => void,
): KnowledgeWrites {
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
  const afterImport = <T>(value: T): T => {
    storeChanged();
    return value;
  };
  return { afterWrite, afterImport, guarded };
}

/**
 * Import jobs whose commits the mention index previews while their batches are written, and
 * keeps once they are in (or rebuilds, or gives back, MentionIndex.previewImport): the first
 * page after a big import is marked with its names at once (issue 16).
 */
export function indexedImportJobs(
  db: BackstoryDatabase,
  index: MentionIndex,
  options: Omit<ImportJobsOptions, 'planned'> = {},
): ImportJobs {
  return new ImportJobs(db, { ...options, planned: (writes, mark) => index.previewImport(writes, mark) });
}

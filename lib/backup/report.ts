import type { ChangeCounts } from '@/lib/packs/plan';
import type { RecordList } from './format';

export type ImportKind = 'backup' | 'pack' | 'csv';

/**
 * What an import will do (its preview) or did (after commit), in the reader's terms:
 * "adds 120, updates 5, leaves your 3 edits alone". For a backup, `keptReaderEdits`
 * counts records where the store's own version is newer and stays.
 */
export interface ImportReport extends ChangeCounts {
  kind: ImportKind;
  byTable: Partial<Record<RecordList, ChangeCounts>>;
  /** A pack import: how many of its entities the store already holds (its own export coming back). */
  alreadyInStore?: number;
  /** A pack import: the pack's id. */
  packId?: string;
  /** A backup import: whether its settings differ from the current ones (they replace them). */
  settingsChanged?: boolean;
}

export type { ChangeCounts };

export { exportBackup, backupFileName } from './export';
export { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type Backup } from './format';
export { ImportError, MAX_IMPORT_BYTES, parseJsonText } from './input';
export { parseBackup } from './parse-backup';
export { ACTOR_COLUMNS, readActorCsv, type ActorRow } from './actor-csv';
export { parseCsv, type CsvRow } from './csv';
export {
  ImportJobs,
  MAX_STAGED_CHARS,
  type CommittedImport,
  type ImportJobsOptions,
  type ImportPhase,
  type ImportProgress,
  type PlannedWritesWatcher,
} from './jobs';
export type { ImportKind, ImportReport, ChangeCounts } from './report';
// A snapshot is a backup kept in the database, taken before each destructive step.
export * from './snapshots';

export {
  takeSnapshot,
  listSnapshots,
  dropSnapshot,
  countBackup,
  DEFAULT_SNAPSHOTS_KEPT,
  type SnapshotInfo,
  type SnapshotOptions,
} from './snapshots';
export { restoreSnapshot, type RestoreResult } from './restore';

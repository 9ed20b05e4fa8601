/**
 * How two versions of a record become one, the same on every device: hybrid logical clocks,
 * the fields each synced table merges by clock, the field-by-field join and the plan of a
 * whole merge with what it changes. Pure: no store, no browser API. The store stamps its
 * writes with it; sync, backups, snapshots and packs merge with it.
 */
export {
  decodeHlc,
  encodeHlc,
  HybridClock,
  isDeviceId,
  isHlc,
  isPackClock,
  legacyHlc,
  maxHlc,
  newDeviceId,
  packHlc,
  type Hlc,
  type HlcParts,
} from './hlc';
export {
  deletionField,
  isSyncedTable,
  sameFieldValue,
  SYNCED_FIELDS,
  SYNCED_TABLES,
  type SyncedTable,
} from './synced-fields';
export { fieldClock, forTransfer, mergeSynced, sameMeta, sameSynced, setClocks, type SyncedRecord } from './merge';
export { noMergeCounts, planSyncedMerge, type MergeCounts, type MergeEffect } from './merge-plan';

import type { ImportReport } from '@/lib/backup';

/** What a server said about the file last time, sent back so that an unchanged file costs a 304. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** What the latest look at the address did; a problem changed nothing and says why. */
export type CheckResult =
  | { kind: 'imported' | 'updated'; at: number; version: number; report: ImportReport }
  | { kind: 'unchanged'; at: number; version: number }
  | { kind: 'problem'; at: number; reason: string };

/** A pack the reader follows by its address: checked daily, updated through the same merge as an import. */
export interface PackSubscription extends Validators {
  address: string;
  packId: string;
  packName: string;
  /** The version last imported from the address. */
  version: number;
  subscribedAt: number;
  lastCheckedAt: number;
  lastResult: CheckResult;
}

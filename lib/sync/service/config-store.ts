import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { StoredSyncConfigSchema } from './config';
import type { PendingSync, SyncConfig, SyncRunReport } from './types';

/**
 * The sync configuration and what the last syncs did, in storage.local only: storage.sync
 * would copy the app password to every browser signed in to the reader's browser account,
 * and through the browser vendor's servers.
 */
export const SYNC_CONFIG_KEY = 'syncConfig';
export const SYNC_RECORD_KEY = 'syncRecord';

/** What the popup and the editor read after a worker restart: the last syncs, in words. */
export interface SyncRecord {
  lastSyncAt?: number;
  lastRun?: SyncRunReport;
  lastError?: string;
  waitsForReader?: boolean;
  pending?: PendingSync;
}

export type StoredSyncConfig = { config: SyncConfig; problem?: undefined } | { config?: undefined; problem?: string };

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Counts = v.object({ added: Count, updated: Count, removed: Count });
const SyncRecordSchema = v.object({
  lastSyncAt: v.optional(v.number()),
  lastRun: v.optional(
    v.object({
      at: v.number(),
      local: Counts,
      sent: Count,
      bytesSent: Count,
      bytesReceived: Count,
      durationMs: v.number(),
    }),
  ),
  lastError: v.optional(v.string()),
  waitsForReader: v.optional(v.boolean()),
  pending: v.optional(
    v.object({
      reason: v.picklist(['first-sync', 'large-delete']),
      changes: Counts,
      removedNames: v.array(v.string()),
      removedTotal: Count,
    }),
  ),
});

/**
 * A stored value that does not pass the schema (damaged, or written by a newer Backstory) is
 * treated as no configuration, so no sync runs with it; it is kept until the reader saves or
 * forgets. The problem never quotes the stored value, which may hold the password.
 */
export async function readSyncConfig(): Promise<StoredSyncConfig> {
  const stored = (await browser.storage.local.get(SYNC_CONFIG_KEY))[SYNC_CONFIG_KEY];
  if (stored === undefined) return {};
  const parsed = v.safeParse(StoredSyncConfigSchema, stored);
  if (!parsed.success) {
    return {
      problem: 'The saved sync settings could not be read, so syncing is off. Enter them again in the Sync section.',
    };
  }
  const { version: _version, passphrase, ...config } = parsed.output;
  return { config: passphrase ? { ...config, passphrase } : config };
}

export async function writeSyncConfig(config: SyncConfig): Promise<SyncConfig> {
  const stored = v.parse(StoredSyncConfigSchema, { version: 1, ...config });
  await browser.storage.local.set({ [SYNC_CONFIG_KEY]: stored });
  return config;
}

/** A damaged record only loses history, never a setting, so it reads as empty. */
export async function readSyncRecord(): Promise<SyncRecord> {
  const stored = (await browser.storage.local.get(SYNC_RECORD_KEY))[SYNC_RECORD_KEY];
  const parsed = v.safeParse(SyncRecordSchema, stored);
  return parsed.success ? parsed.output : {};
}

export async function writeSyncRecord(record: SyncRecord): Promise<void> {
  await browser.storage.local.set({ [SYNC_RECORD_KEY]: record });
}

/** "Stop syncing and forget credentials": the configuration and the record go together. */
export async function forgetSyncConfig(): Promise<void> {
  await browser.storage.local.remove([SYNC_CONFIG_KEY, SYNC_RECORD_KEY]);
}

/** Tells an open editor or popup that a sync (scheduled or asked for) recorded its outcome. */
export function onSyncRecordChanged(listener: () => void): () => void {
  const handle = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (SYNC_RECORD_KEY in changes || SYNC_CONFIG_KEY in changes)) listener();
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}

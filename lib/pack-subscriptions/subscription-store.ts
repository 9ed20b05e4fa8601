import { browser } from 'wxt/browser';
import type { PackSubscription } from './records';

/**
 * Kept in storage.local, not in the store or its backups: a subscription goes with the host access
 * this browser granted for it, as the look-up setting does (lib/lookup/setting.ts). Another browser
 * that restores a backup gets the pack's records, and follows the address only if its reader says so.
 */
const STORAGE_KEY = 'packSubscriptions';

function isSubscription(value: unknown): value is PackSubscription {
  if (!value || typeof value !== 'object') return false;
  const { address, packId, version, lastResult } = value as Record<string, unknown>;
  return (
    typeof address === 'string' &&
    typeof packId === 'string' &&
    typeof version === 'number' &&
    typeof lastResult === 'object' &&
    lastResult !== null
  );
}

export async function readSubscriptions(): Promise<PackSubscription[]> {
  const stored = (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY] as { subscriptions?: unknown } | undefined;
  return Array.isArray(stored?.subscriptions) ? stored.subscriptions.filter(isSubscription) : [];
}

export async function writeSubscriptions(subscriptions: readonly PackSubscription[]): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEY]: { version: 1, subscriptions } });
}

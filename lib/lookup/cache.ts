import type { BackstoryDatabase } from '@/lib/store';

/**
 * Answers kept for a while, so that looking a name up twice asks Wikimedia once. A miss (no such
 * name, no article) is an answer too, kept for a shorter time: a new article may be written.
 */
export interface LookupCache {
  get(key: string): Promise<{ value: unknown } | undefined>;
  set(key: string, value: unknown, ttlMs: number): Promise<void>;
}

export const HIT_TTL_MS = 24 * 60 * 60 * 1000;
export const MISS_TTL_MS = 60 * 60 * 1000;

interface Kept {
  expiresAt: number;
  value: unknown;
}

export function memoryCache(now: () => number = Date.now): LookupCache {
  const kept = new Map<string, Kept>();
  return {
    async get(key) {
      const entry = kept.get(key);
      if (!entry || entry.expiresAt <= now()) return undefined;
      return { value: entry.value };
    },
    async set(key, value, ttlMs) {
      kept.set(key, { expiresAt: now() + ttlMs, value });
    },
  };
}

/** In the store's cache table, so answers outlive a stopped worker; never synced or backed up. */
export function storeCache(db: BackstoryDatabase, now: () => number = Date.now): LookupCache {
  const id = (key: string) => `lookup:${key}`;
  return {
    async get(key) {
      const record = await db.cache.get(id(key));
      const entry = record?.value as Kept | undefined;
      if (!entry || typeof entry.expiresAt !== 'number' || entry.expiresAt <= now()) return undefined;
      return { value: entry.value };
    },
    async set(key, value, ttlMs) {
      const entry: Kept = { expiresAt: now() + ttlMs, value };
      await db.cache.put({ id: id(key), key: 'lookup', value: entry });
    },
  };
}

/**
 * The per-record merge of an import (and, later, of sync): the newer write wins, a tie
 * keeps what is here. Deletes are tombstones with a clock like any write, so a delete made
 * elsewhere after our last edit deletes here too, and an edit made here after a remote
 * delete survives it. Pure: records in, decision out.
 */
export interface Clock<T> {
  time(record: T): number;
  deleted(record: T): boolean;
}

export const recordClock: Clock<{ updatedAt: number; deletedAt?: number }> = {
  time: (record) => record.updatedAt,
  deleted: (record) => record.deletedAt !== undefined,
};

/** A pack row's clock is its last load or its removal, whichever came later. */
export const packClock: Clock<{ loadedAt: number; removedAt?: number }> = {
  time: (record) => Math.max(record.loadedAt, record.removedAt ?? 0),
  deleted: (record) => record.removedAt !== undefined,
};

/** What the reader would see change: 'kept-local' means theirs differs and is newer (or as new). */
export type MergeEffect = 'added' | 'updated' | 'removed' | 'kept-local' | 'unchanged';

export interface MergeOutcome<T> {
  effect: MergeEffect;
  /** The record to store; absent when the local one stays. */
  write?: T;
}

export function mergeRecord<T extends object>(local: T | undefined, incoming: T, clock: Clock<T>): MergeOutcome<T> {
  if (!local) return { effect: clock.deleted(incoming) ? 'unchanged' : 'added', write: incoming };
  if (clock.time(incoming) <= clock.time(local)) return { effect: sameRecord(local, incoming) ? 'unchanged' : 'kept-local' };
  const [wasLive, isLive] = [!clock.deleted(local), !clock.deleted(incoming)];
  const effect: MergeEffect = wasLive && !isLive ? 'removed' : !wasLive && isLive ? 'added' : !wasLive ? 'unchanged' : 'updated';
  return { effect, write: incoming };
}

export type MergeCounts = Record<MergeEffect, number>;

/** Merges a list of incoming records against the local ones with the same ids. */
export function mergeRecords<T extends { id: string }>(
  local: ReadonlyMap<string, T>, incoming: readonly T[], clock: Clock<T>,
): { writes: T[]; counts: MergeCounts } {
  const counts: MergeCounts = { added: 0, updated: 0, removed: 0, 'kept-local': 0, unchanged: 0 };
  const writes: T[] = [];
  for (const record of incoming) {
    const outcome = mergeRecord(local.get(record.id), record, clock);
    counts[outcome.effect] += 1;
    if (outcome.write) writes.push(outcome.write);
  }
  return { writes, counts };
}

/** Field by field, ignoring fields that are absent on one side and undefined on the other. */
export function sameRecord(a: object, b: object): boolean {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((key) => sameValue(left[key], right[key]));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  return a === b;
}

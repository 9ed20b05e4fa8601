import { isPackedStrings, isTypedArray, packStrings, stringAt, type PackedStrings } from '@/lib/matcher';
import type { PageEntity } from '@/lib/messaging/protocol';
import { ENTITY_KINDS } from '@/lib/store';

/**
 * The entities the mention index can hit, as columns: cached beside the automaton, where a
 * list of 75,000 objects took a woken worker ~75 ms to clone and ~30 ms to check, and a map
 * by id ~20 ms more. A hit finds its entity by position (see MentionIndex), so no map is made.
 */
export interface EntityTable {
  ids: PackedStrings;
  names: PackedStrings;
  /** Per entity: its kind's index in ENTITY_KINDS. */
  kinds: Uint8Array;
}

export function entityTable(entities: readonly PageEntity[]): EntityTable {
  return {
    ids: packStrings(entities.map((entity) => entity.id)),
    names: packStrings(entities.map((entity) => entity.name)),
    kinds: Uint8Array.from(entities, (entity) => ENTITY_KINDS.indexOf(entity.kind)),
  };
}

/** A table read back from storage is checked like any input: a bad one is rebuilt, never trusted. */
export function isEntityTable(value: unknown): value is EntityTable {
  if (typeof value !== 'object' || value === null) return false;
  const { ids, names, kinds } = value as Record<string, unknown>;
  if (!isPackedStrings(ids) || !isPackedStrings(names) || !isTypedArray(kinds, Uint8Array)) return false;
  if (names.ends.length !== ids.ends.length || kinds.length !== ids.ends.length) return false;
  for (let i = 0; i < kinds.length; i++) if (kinds[i]! >= ENTITY_KINDS.length) return false;
  return true;
}

export function entityAt(table: EntityTable, position: number): PageEntity | undefined {
  if (!Number.isInteger(position) || position < 0 || position >= table.kinds.length) return undefined;
  return {
    id: stringAt(table.ids, position),
    name: stringAt(table.names, position),
    kind: ENTITY_KINDS[table.kinds[position]!]!,
  };
}

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readSettings } from '@/lib/settings';
import type { BackstoryDatabase } from '@/lib/store';

/**
 * Everything a reader could lose, in a form `toEqual` compares: every record of every
 * table (tombstones included), the snapshots kept, and the settings. A refused import must
 * leave this exactly as it was.
 */
export async function wholeStore(db: BackstoryDatabase) {
  const byId = <T extends { id: string }>(records: T[]) => records.sort((a, b) => a.id.localeCompare(b.id));
  return {
    entities: byId(await db.entities.toArray()),
    aliases: byId(await db.aliases.toArray()),
    facts: byId(await db.facts.toArray()),
    relations: byId(await db.relations.toArray()),
    notes: byId(await db.notes.toArray()),
    packs: byId(await db.packs.toArray()),
    snapshots: (await db.snapshots.toCollection().primaryKeys()).sort(),
    settings: await readSettings(),
  };
}

/** A file from tests/fixtures, as the editor would read it. */
export function fixture(path: string): string {
  return readFileSync(resolve(__dirname, '../../../fixtures', path), 'utf8');
}

type Store = Awaited<ReturnType<typeof wholeStore>>;
const RECORD_TABLES = ['entities', 'aliases', 'facts', 'relations', 'notes', 'packs'] as const;

/** The store without this browser's sync bookkeeping (which writes it has yet to send). */
export function withoutLocalClocks(store: Store): Store {
  const strip = <T extends { localClock?: string }>(records: T[]) =>
    records.map(({ localClock: _l, ...rest }) => rest as T);
  return {
    ...store,
    ...Object.fromEntries(RECORD_TABLES.map((table) => [table, strip(store[table] as { localClock?: string }[])])),
  };
}

/**
 * What the reader sees: live records with their fields, without clocks or write times.
 * A restore writes the old state anew (fresh clocks, so sync carries it) and tombstones what
 * came later, so this is what it must bring back, not the bytes.
 */
export function visibleContent(store: Store) {
  const { snapshots: _s, ...rest } = store;
  const visible = (records: Record<string, unknown>[]) =>
    records
      .filter((record) => record.deletedAt === undefined && record.removedAt === undefined)
      .map(({ clock: _c, fieldClocks: _f, localClock: _l, updatedAt: _u, ...fields }) => fields);
  return {
    ...rest,
    ...Object.fromEntries(
      RECORD_TABLES.map((table) => [table, visible(store[table] as unknown as Record<string, unknown>[])]),
    ),
  };
}

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

import type { BackstoryDatabase, RecordTable } from './db';
import { nameKey } from './duplicates';
import { newId } from './ids';
import { getLiveEntity } from './read';
import {
  isLive,
  type AliasRecord,
  type EntityRecord,
  type FactRecord,
  type NoteRecord,
  type RecordBase,
} from './records';
import { edited, normalizeTags } from './write-entity';

/** How much of the merged entity now hangs off the one kept. */
export interface MergeReport {
  keepId: string;
  mergeId: string;
  aliases: number;
  facts: number;
  notes: number;
  relations: number;
}

/**
 * Two entities that turn out to be one ("Daesh" entered by hand, "ISIS" from a pack):
 * everything of `mergeId` moves to `keepId` in one transaction and `mergeId` becomes a
 * tombstone. Moved pack records are marked as the reader's edits, so a pack reload does
 * not move them back.
 */
export async function mergeEntities(
  db: BackstoryDatabase,
  keepId: string,
  mergeId: string,
  now = Date.now(),
): Promise<MergeReport> {
  if (keepId === mergeId) throw new Error('An entity cannot be merged with itself');
  return db.transaction('rw', [db.entities, db.aliases, db.facts, db.relations, db.notes], async () => {
    const keep = await getLiveEntity(db, keepId);
    const gone = await getLiveEntity(db, mergeId);
    const report: MergeReport = {
      keepId,
      mergeId,
      aliases: await moveAliases(db, keep, gone, now),
      facts: await moveChildren<FactRecord>(db.facts, mergeId, keepId, now),
      notes: await moveChildren<NoteRecord>(db.notes, mergeId, keepId, now),
      relations: await moveRelations(db, keepId, mergeId, now),
    };
    const places = await db.entities
      .where('kind')
      .equals('event')
      .filter((e) => isLive(e) && e.placeId === mergeId)
      .toArray();
    await db.entities.bulkPut(places.map((event) => edited(event, { placeId: keepId }, now)));
    const tags = normalizeTags([...(keep.tags ?? []), ...(gone.tags ?? [])]);
    await db.entities.put(edited(keep, { summary: keep.summary || gone.summary, tags }, now));
    await db.entities.put(edited(gone, { deletedAt: now }, now));
    return report;
  });
}

const aliasKey = (text: string, stop?: boolean) => `${stop ? 'stop:' : ''}${nameKey(text)}`;

/** Aliases move unless the kept entity already answers to them; the merged name becomes one. */
async function moveAliases(
  db: BackstoryDatabase,
  keep: EntityRecord,
  gone: EntityRecord,
  now: number,
): Promise<number> {
  const own = (await db.aliases.where('entityId').equals(keep.id).toArray()).filter(isLive);
  const known = new Set([aliasKey(keep.name), ...own.map((a) => aliasKey(a.text, a.stop))]);
  const writes: AliasRecord[] = [];
  for (const alias of (await db.aliases.where('entityId').equals(gone.id).toArray()).filter(isLive)) {
    const key = aliasKey(alias.text, alias.stop);
    writes.push(edited(alias, known.has(key) ? { deletedAt: now } : { entityId: keep.id }, now));
    known.add(key);
  }
  if (!known.has(aliasKey(gone.name))) {
    // One-word names match only as written, as the matcher treats a name (see matchable.ts).
    const caseSensitive = !/\s/.test(gone.name.trim());
    writes.push({
      id: newId('alias'),
      entityId: keep.id,
      text: gone.name,
      caseSensitive,
      createdAt: now,
      updatedAt: now,
      origin: 'reader',
    });
  }
  await db.aliases.bulkPut(writes);
  return writes.filter(isLive).length;
}

async function moveChildren<T extends RecordBase & { entityId: string }>(
  table: RecordTable<T>,
  fromId: string,
  toId: string,
  now: number,
): Promise<number> {
  const moving = (await table.where('entityId').equals(fromId).toArray()).filter(isLive);
  await table.bulkPut(moving.map((record) => edited(record, { entityId: toId } as Partial<T>, now)));
  return moving.length;
}

/** Relations are re-pointed; one that would now join the entity to itself, or repeat one it has, is dropped. */
async function moveRelations(db: BackstoryDatabase, keepId: string, mergeId: string, now: number): Promise<number> {
  const live = async (index: 'fromId' | 'toId', id: string) =>
    (await db.relations.where(index).equals(id).toArray()).filter(isLive);
  const key = (r: { fromId: string; toId: string; type: string }) => `${r.fromId}|${r.type}|${r.toId}`;
  const known = new Set([...(await live('fromId', keepId)), ...(await live('toId', keepId))].map(key));
  const moving = new Map([...(await live('fromId', mergeId)), ...(await live('toId', mergeId))].map((r) => [r.id, r]));
  let moved = 0;
  for (const relation of moving.values()) {
    const swap = (id: string) => (id === mergeId ? keepId : id);
    const next = { fromId: swap(relation.fromId), toId: swap(relation.toId) };
    const drop = next.fromId === next.toId || known.has(key({ ...next, type: relation.type }));
    await db.relations.put(edited(relation, drop ? { deletedAt: now } : next, now));
    if (!drop) {
      known.add(key({ ...next, type: relation.type }));
      moved += 1;
    }
  }
  return moved;
}

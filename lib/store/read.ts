import type { BackstoryDatabase } from './db';
import { READ_PAGE_SIZE, readInPages } from './paged-read';
import { isLive, type AliasRecord, type EntityRecord, type RelationRecord } from './records';
import type { EntityDetail, EntitySummary, EventView, RelationView } from './views';

export class NotFoundError extends Error {}

export function summarize(entity: EntityRecord): EntitySummary {
  return { id: entity.id, name: entity.name, kind: entity.kind, summary: entity.summary };
}

export async function getLiveEntity(db: BackstoryDatabase, id: string): Promise<EntityRecord> {
  const entity = await db.entities.get(id);
  if (!entity || !isLive(entity)) throw new NotFoundError(`No entity with id "${id}"`);
  return entity;
}

function compareDates(a?: string, b?: string): number {
  return (a ?? '').localeCompare(b ?? '');
}

async function viewRelations(db: BackstoryDatabase, id: string): Promise<RelationView[]> {
  const [outgoing, incoming] = await Promise.all([
    db.relations.where('fromId').equals(id).filter(isLive).toArray(),
    db.relations.where('toId').equals(id).filter(isLive).toArray(),
  ]);
  const ends = (r: RelationRecord, direction: 'out' | 'in') => ({
    r,
    direction,
    otherId: direction === 'out' ? r.toId : r.fromId,
  });
  const all = [...outgoing.map((r) => ends(r, 'out')), ...incoming.map((r) => ends(r, 'in'))];
  const others = await db.entities.bulkGet(all.map((e) => e.otherId));
  return all.flatMap(({ r, direction }, i) => {
    const other = others[i];
    if (!other || !isLive(other)) return [];
    return [{ id: r.id, type: r.type, direction, other: summarize(other), start: r.start, end: r.end }];
  });
}

/** Events an entity took part in (its participant-in relations) or that happened at it (their placeId). */
async function linkedEvents(db: BackstoryDatabase, id: string, relations: RelationView[]): Promise<EventView[]> {
  const joinedIds = relations
    .filter((r) => r.type === 'participant-in' && r.direction === 'out')
    .map((r) => r.other.id);
  const [joined, here] = await Promise.all([
    db.entities.bulkGet(joinedIds),
    // No placeId index: events are a small share of the store, and the kind index narrows to them.
    db.entities
      .where('kind')
      .equals('event')
      .filter((e) => isLive(e) && e.placeId === id)
      .toArray(),
  ]);
  const view = (e: EntityRecord, link: EventView['link']): EventView => ({
    ...summarize(e),
    start: e.start,
    end: e.end,
    link,
  });
  return [
    ...joined.flatMap((e) => (e && isLive(e) && e.kind === 'event' ? [view(e, 'participant')] : [])),
    ...here.map((e) => view(e, 'place')),
  ].sort((a, b) => compareDates(a.start, b.start));
}

async function placeOf(db: BackstoryDatabase, entity: EntityRecord): Promise<EntitySummary | undefined> {
  const place = entity.placeId ? await db.entities.get(entity.placeId) : undefined;
  return place && isLive(place) ? summarize(place) : undefined;
}

export async function getEntityDetail(db: BackstoryDatabase, id: string): Promise<EntityDetail> {
  return db.transaction('r', [db.entities, db.aliases, db.facts, db.relations, db.notes], async () => {
    const entity = await getLiveEntity(db, id);
    const [aliases, facts, relations, notes, place] = await Promise.all([
      db.aliases.where('entityId').equals(id).filter(isLive).toArray(),
      db.facts.where('entityId').equals(id).filter(isLive).toArray(),
      viewRelations(db, id),
      db.notes.where('entityId').equals(id).filter(isLive).toArray(),
      placeOf(db, entity),
    ]);
    facts.sort((a, b) => compareDates(a.date, b.date));
    notes.sort((a, b) => b.createdAt - a.createdAt);
    const events = await linkedEvents(db, id, relations);
    return { entity, aliases, facts, relations, notes, place, events };
  });
}

export interface EntityWithAliases {
  entity: EntityRecord;
  aliases: AliasRecord[];
}

/** Every live entity with the alias texts it answers to, for search and for the matcher. */
export async function listEntitiesWithAliases(
  db: BackstoryDatabase,
  pageSize = READ_PAGE_SIZE,
): Promise<EntityWithAliases[]> {
  return db.transaction('r', [db.entities, db.aliases], async () => {
    // Whole tables by pages of getAll, tombstones dropped here: a filter() would walk them with
    // a cursor, twice as slow (100,000 records: ~950 ms against ~450 in Chromium); one getAll
    // of a whole table would be one ~450 ms task with no message answered meanwhile (issue 16).
    const [entities, aliases] = await Promise.all([
      readInPages(db.entities, pageSize).then((all) => all.filter(isLive)),
      readInPages(db.aliases, pageSize).then((all) => all.filter(isLive)),
    ]);
    return withTheirAliases(entities, aliases);
  });
}

/** Live entities with their live aliases, both in the order given (the store's is by id). */
export function withTheirAliases(entities: EntityRecord[], aliases: AliasRecord[]): EntityWithAliases[] {
  const byEntity = new Map<string, AliasRecord[]>();
  for (const alias of aliases) {
    const list = byEntity.get(alias.entityId) ?? [];
    list.push(alias);
    byEntity.set(alias.entityId, list);
  }
  return entities.map((entity) => ({ entity, aliases: byEntity.get(entity.id) ?? [] }));
}

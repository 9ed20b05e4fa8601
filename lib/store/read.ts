import type { BackstoryDatabase } from './db';
import { isLive, type EntityRecord, type RelationRecord } from './records';
import type { EntityDetail, EntitySummary, RelationView } from './views';

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
  const ends = (r: RelationRecord, direction: 'out' | 'in') => ({ r, direction, otherId: direction === 'out' ? r.toId : r.fromId });
  const all = [...outgoing.map((r) => ends(r, 'out')), ...incoming.map((r) => ends(r, 'in'))];
  const others = await db.entities.bulkGet(all.map((e) => e.otherId));
  return all.flatMap(({ r, direction }, i) => {
    const other = others[i];
    if (!other || !isLive(other)) return [];
    return [{ id: r.id, type: r.type, direction, other: summarize(other), start: r.start, end: r.end }];
  });
}

export async function getEntityDetail(db: BackstoryDatabase, id: string): Promise<EntityDetail> {
  return db.transaction('r', [db.entities, db.aliases, db.facts, db.relations, db.notes], async () => {
    const entity = await getLiveEntity(db, id);
    const [aliases, facts, relations, notes] = await Promise.all([
      db.aliases.where('entityId').equals(id).filter(isLive).toArray(),
      db.facts.where('entityId').equals(id).filter(isLive).toArray(),
      viewRelations(db, id),
      db.notes.where('entityId').equals(id).filter(isLive).toArray(),
    ]);
    facts.sort((a, b) => compareDates(a.date, b.date));
    notes.sort((a, b) => b.createdAt - a.createdAt);
    return { entity, aliases, facts, relations, notes };
  });
}

/** Every live entity with the alias texts it answers to, for search and for the matcher. */
export async function listEntitiesWithAliases(db: BackstoryDatabase) {
  return db.transaction('r', [db.entities, db.aliases], async () => {
    const [entities, aliases] = await Promise.all([
      db.entities.filter(isLive).toArray(),
      db.aliases.filter(isLive).toArray(),
    ]);
    const byEntity = new Map<string, typeof aliases>();
    for (const alias of aliases) {
      const list = byEntity.get(alias.entityId) ?? [];
      list.push(alias);
      byEntity.set(alias.entityId, list);
    }
    return entities.map((entity) => ({ entity, aliases: byEntity.get(entity.id) ?? [] }));
  });
}

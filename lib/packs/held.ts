import {
  type AliasRecord,
  type BackstoryDatabase,
  type EntityRecord,
  type FactRecord,
  isLive,
  type RecordBase,
  type RelationRecord,
} from '@/lib/store';

export interface PackOwnRecords {
  entities: EntityRecord[];
  aliases: AliasRecord[];
  facts: FactRecord[];
  relations: RelationRecord[];
}

export async function packOwnRecords(db: BackstoryDatabase, packId: string): Promise<PackOwnRecords> {
  const [entities, aliases, facts, relations] = await Promise.all([
    db.entities.where('packId').equals(packId).toArray(),
    db.aliases.where('packId').equals(packId).toArray(),
    db.facts.where('packId').equals(packId).toArray(),
    db.relations.where('packId').equals(packId).toArray(),
  ]);
  return { entities, aliases, facts, relations };
}

/**
 * A live record that is the reader's: written by them, a pack record they changed, or one that
 * came with no pack (a sync peer's). Another pack's pristine records (the world pack's names for
 * the starter's Syria) hold nothing: that pack plans its own entity once this one is gone.
 */
const readers = (packId: string) => (record: RecordBase) =>
  isLive(record) &&
  (record.origin === 'reader' ||
    record.editedByReader === true ||
    (record.packId !== packId && record.origin !== 'pack'));

/**
 * The pack's entities the reader holds on to: those they edited, and those any record of
 * theirs points at. A held event's place is held too, so nothing kept points at a tombstone.
 */
export async function heldEntities(db: BackstoryDatabase, packId: string, own: PackOwnRecords): Promise<Set<string>> {
  const packEntities = new Map(own.entities.map((e) => [e.id, e]));
  const ids = [...packEntities.keys()];
  const mine = readers(packId);
  const [aliases, facts, notes, outgoing, incoming, events] = await Promise.all([
    db.aliases.where('entityId').anyOf(ids).filter(mine).toArray(),
    db.facts.where('entityId').anyOf(ids).filter(mine).toArray(),
    db.notes.where('entityId').anyOf(ids).filter(isLive).toArray(),
    db.relations.where('fromId').anyOf(ids).filter(mine).toArray(),
    db.relations.where('toId').anyOf(ids).filter(mine).toArray(),
    db.entities.where('kind').equals('event').filter(mine).toArray(),
  ]);
  const held = new Set<string>();
  const hold = (id: string | undefined) => {
    const entity = id === undefined ? undefined : packEntities.get(id);
    if (!entity || held.has(entity.id) || !isLive(entity)) return;
    held.add(entity.id);
    hold(entity.placeId);
  };
  for (const record of [...aliases, ...facts, ...notes]) hold(record.entityId);
  for (const relation of [...outgoing, ...incoming]) {
    hold(relation.fromId);
    hold(relation.toId);
  }
  for (const event of events) hold(event.placeId);
  for (const entity of own.entities)
    if (mine(entity)) {
      hold(entity.id);
      hold(entity.placeId);
    }
  return held;
}

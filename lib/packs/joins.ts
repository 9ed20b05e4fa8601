import { foldText } from '@/lib/matcher';
import { type BackstoryDatabase, type EntityRecord, isLive } from '@/lib/store';
import { findNameHosts } from './name-joins';
import { factKey, noJoins, relationKey, type PackJoins } from './records';
import type { Pack } from './schema';

/**
 * A live entity hosts; so does one the reader deleted, or the next pack would bring back the
 * actor they chose to be rid of. One gone with its pack's removal does not: the reader removed
 * that pack, not the actor, and this pack's own entity takes its place.
 */
function canHost(holder: EntityRecord, packId: string): boolean {
  if (holder.packId === packId || !holder.key) return false;
  return isLive(holder) || holder.editedByReader === true;
}

/**
 * Which of the pack's entities are already in the store under their key, held by an entity
 * of another pack or of the reader. Read inside the load's transaction, like the rest of
 * the plan, so that a host deleted meanwhile is not joined.
 */
export async function findJoins(
  db: BackstoryDatabase,
  pack: Pack,
  { byName }: { byName: boolean },
): Promise<PackJoins> {
  const joins = await findKeyHosts(db, pack);
  // A pack the reader imports may be their own export coming back, whose entities carry no key.
  if (byName) {
    const unjoined = pack.entities.filter((entity) => !joins.hosts.has(entity.id));
    const taken = new Set(joins.hosts.values());
    for (const [entity, host] of await findNameHosts(db, pack, unjoined))
      if (!taken.has(host)) joins.hosts.set(entity, host);
  }
  if (joins.hosts.size) await readHosts(db, pack, joins);
  return joins;
}

async function findKeyHosts(db: BackstoryDatabase, pack: Pack): Promise<PackJoins> {
  const keyed = pack.entities.filter((entity) => entity.key);
  if (!keyed.length) return noJoins();
  const holders = await db.entities
    .where('key')
    .anyOf(keyed.map((entity) => entity.key!))
    .toArray();
  const hostByKey = new Map<string, string>();
  // Two holders of one key (a reader's look-up and a pack): the older one stays the host.
  for (const holder of holders.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))) {
    if (!canHost(holder, pack.id) || hostByKey.has(holder.key!)) continue;
    hostByKey.set(holder.key!, holder.id);
  }
  const joins = noJoins();
  for (const entity of keyed) {
    const host = hostByKey.get(entity.key!);
    if (host) joins.hosts.set(entity.id, host);
  }
  return joins;
}

/** What the hosts already say (names, relations, facts), so that the pack does not say it twice. */
async function readHosts(db: BackstoryDatabase, pack: Pack, joins: PackJoins): Promise<void> {
  const hostIds = [...new Set(joins.hosts.values())];
  const [aliases, relations, entities, facts] = await Promise.all([
    db.aliases.where('entityId').anyOf(hostIds).toArray(),
    db.relations.where('fromId').anyOf(hostIds).toArray(),
    db.entities.bulkGet(hostIds),
    db.facts.where('entityId').anyOf(hostIds).toArray(),
  ]);
  const names = (id: string) => joins.hostNames.get(id) ?? joins.hostNames.set(id, new Set()).get(id)!;
  for (const entity of entities) if (entity) names(entity.id).add(foldText(entity.name));
  // A joined alias the pack wrote itself is its own record, not the host's: it is planned again.
  for (const alias of aliases)
    if (isLive(alias) && alias.packId !== pack.id) names(alias.entityId).add(foldText(alias.text));
  for (const relation of relations) {
    if (isLive(relation) && relation.packId !== pack.id)
      joins.hostRelations.add(relationKey(relation.fromId, relation.type, relation.toId));
  }
  for (const fact of facts)
    if (isLive(fact) && fact.packId !== pack.id) joins.hostFacts.add(factKey(fact.entityId, fact.text, fact.date));
}

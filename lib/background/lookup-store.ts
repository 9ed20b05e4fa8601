import { writePack } from '@/lib/packs';
import { isLive, type BackstoryDatabase, type EntityRecord } from '@/lib/store';
import {
  lookupPack,
  lookupPackId,
  relatedItems,
  type CandidatesView,
  type HeldBy,
  type KeyHolder,
  type LookedUpItem,
  type LookupAdded,
  type LookupCandidates,
  type LookupPreview,
} from '@/lib/lookup';
import { itemUrl, type ItemId } from '@/lib/wikidata';

/**
 * The live entities holding these Q-ids' keys, the oldest first: the one a pack or an earlier
 * look-up made first is the one a new look-up adds to (as pack loading chooses its host).
 */
async function holdersOf(db: BackstoryDatabase, qids: readonly string[]): Promise<Map<string, EntityRecord>> {
  const holders = await db.entities
    .where('key')
    .anyOf(qids.map((qid) => `wd:${qid}`))
    .toArray();
  const byQid = new Map<string, EntityRecord>();
  for (const holder of holders.filter(isLive).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))) {
    const qid = holder.key!.slice('wd:'.length);
    if (!byQid.has(qid)) byQid.set(qid, holder);
  }
  return byQid;
}

const heldBy = (holder: EntityRecord | undefined): HeldBy | undefined =>
  holder ? { entityId: holder.id, name: holder.name } : undefined;

export async function candidatesView(db: BackstoryDatabase, found: LookupCandidates): Promise<CandidatesView> {
  const holders = await holdersOf(
    db,
    found.candidates.map((candidate) => candidate.qid),
  );
  return {
    ...found,
    candidates: found.candidates.map((candidate) => {
      const inStore = heldBy(holders.get(candidate.qid));
      return inStore ? { ...candidate, inStore } : candidate;
    }),
  };
}

export async function previewOf(db: BackstoryDatabase, { entity, summary }: LookedUpItem): Promise<LookupPreview> {
  const inStore = heldBy((await holdersOf(db, [entity.qid])).get(entity.qid));
  return {
    qid: entity.qid,
    itemUrl: itemUrl(entity.qid),
    kind: entity.kind,
    ...(entity.eventType ? { eventType: entity.eventType } : {}),
    name: entity.name,
    summary: summary?.extract ?? entity.summary,
    ...(summary ? { summaryFrom: { title: summary.title, url: summary.url, licence: 'CC BY-SA 4.0' } } : {}),
    aliases: entity.aliases.map((alias) => alias.text).filter((text) => text !== entity.name),
    facts: entity.facts.map((fact) => ({
      text: fact.text,
      ...(fact.date ? { date: fact.date } : {}),
      ...(fact.end ? { end: fact.end } : {}),
      url: fact.itemUrl,
    })),
    ...(inStore ? { inStore } : {}),
  };
}

/**
 * Writes the look-up as its pack of one (lib/lookup/lookup-pack.ts): a new entity, or the names,
 * facts and relations added to the entity that already holds its Q-id. Loading it again (Refresh)
 * updates what came from Wikidata; what the reader edited or deleted stays as they left it.
 */
export async function addLookedUp(db: BackstoryDatabase, item: LookedUpItem): Promise<LookupAdded> {
  const { qid } = item.entity;
  const related = await holdersOf(db, relatedItems(item.entity));
  const linked: KeyHolder[] = [...related].map(([id, holder]) => ({
    qid: id as ItemId,
    kind: holder.kind,
    name: holder.name,
  }));
  const packId = lookupPackId(qid);
  const previous = await db.packs.get(packId);
  await writePack(db, lookupPack(item, linked, (previous?.version ?? 0) + 1));
  const holder = (await holdersOf(db, [qid])).get(qid);
  if (!holder)
    throw new Error(`${item.entity.name} could not be added: you deleted it earlier (restore it from a snapshot).`);
  return { entityId: holder.id, name: holder.name, updated: holder.packId !== packId };
}

/** The Q-id an entity is known by on Wikidata, or why it has none. */
export async function qidOfEntity(db: BackstoryDatabase, entityId: string): Promise<string> {
  const entity = await db.entities.get(entityId);
  if (!entity || !isLive(entity)) throw new Error('That entity is no longer in your store.');
  const qid = /^wd:(Q[1-9]\d*)$/.exec(entity.key ?? '')?.[1];
  if (!qid) throw new Error(`${entity.name} is not linked to a Wikidata item, so there is nothing to refresh it from.`);
  return qid;
}

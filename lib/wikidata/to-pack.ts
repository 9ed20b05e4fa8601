import type { Pack } from '@/lib/packs';
import { sourceOf } from './facts';
import type { ItemId, WikidataEntity, WikidataRelation } from './types';

type PackEntity = Pack['entities'][number];

/** The one data source of a Wikidata pack, as the card shows it ("Data: Wikidata, CC0 1.0"). */
export const WIKIDATA_SOURCE_ID = 'wikidata';
export const WIKIDATA_SOURCE = { name: 'Wikidata', licence: 'CC0 1.0', url: 'https://www.wikidata.org/' } as const;

/** An entity's id inside a pack: its Q-id in lower case ("q7747"), a kebab slug the format accepts. */
export const packIdOf = (qid: string): string => qid.toLowerCase();

/**
 * Pack entities for a set of mapped items. A relation is kept only where both ends are in the set,
 * and sits on its `from` end (a state's head of state leads it: the relation is the person's).
 */
export function toPackEntities(entities: readonly WikidataEntity[]): PackEntity[] {
  const known = new Set<string>(entities.map((entity) => entity.qid));
  const relationsFrom = new Map<ItemId, WikidataRelation[]>();
  const seen = new Set<string>();
  for (const relation of entities.flatMap((entity) => entity.relations)) {
    const key = `${relation.from}|${relation.type}|${relation.to}`;
    if (!known.has(relation.from) || !known.has(relation.to) || seen.has(key)) continue;
    seen.add(key);
    relationsFrom.set(relation.from, [...(relationsFrom.get(relation.from) ?? []), relation]);
  }
  return entities.map((entity) => toPackEntity(entity, relationsFrom.get(entity.qid) ?? [], known));
}

function toPackEntity(
  entity: WikidataEntity,
  relations: readonly WikidataRelation[],
  known: ReadonlySet<string>,
): PackEntity {
  return {
    id: packIdOf(entity.qid),
    key: entity.key,
    kind: entity.kind,
    name: entity.name,
    summary: entity.summary,
    ...(entity.eventType ? { eventType: entity.eventType } : {}),
    ...(entity.start ? { start: entity.start } : {}),
    ...(entity.end ? { end: entity.end } : {}),
    ...(entity.place && known.has(entity.place) ? { place: packIdOf(entity.place) } : {}),
    aliases: entity.aliases.map((alias) => ({ ...alias })),
    facts: entity.facts.map((fact) => ({
      text: fact.text,
      ...(fact.date ? { date: fact.date } : {}),
      ...(fact.end ? { end: fact.end } : {}),
      source: sourceOf(fact),
    })),
    relations: relations.map((relation) => ({
      type: relation.type,
      target: packIdOf(relation.to),
      ...(relation.start ? { start: relation.start } : {}),
      ...(relation.end ? { end: relation.end } : {}),
    })),
    sources: [WIKIDATA_SOURCE_ID],
  };
}

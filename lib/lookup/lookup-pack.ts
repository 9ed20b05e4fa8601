import { validatePack, type Pack } from '@/lib/packs';
import type { EntityKind } from '@/lib/store';
import { toPackEntities, WIKIDATA_SOURCE, WIKIDATA_SOURCE_ID, type ItemId, type WikidataEntity } from '@/lib/wikidata';
import type { LookedUpItem } from './preview';

/**
 * A look-up lands in the store as a pack of one item, so that it takes the road every pack takes:
 * an entity already holding its key (`wd:Q567`, from a pack or an earlier look-up) is added to
 * rather than doubled, loading it again lands on the same records, records the reader edited are
 * left alone, and it can be removed again from the editor's packs.
 */
export const lookupPackId = (qid: string): string => `wikidata-${qid.toLowerCase()}`;

const WIKIPEDIA_SOURCE_ID = 'wikipedia';
const WIKIPEDIA_LICENCE = 'CC BY-SA 4.0';

/** An entity of the store that holds the key of an item the look-up relates to. */
export interface KeyHolder {
  qid: ItemId;
  kind: EntityKind;
  name: string;
}

/** The Q-ids the item's relations and place name: those already in the store can be linked. */
export function relatedItems(entity: WikidataEntity): ItemId[] {
  const ends = entity.relations.flatMap((relation) => [relation.from, relation.to]);
  return [...new Set([...ends, ...(entity.place ? [entity.place] : [])])].filter((qid) => qid !== entity.qid);
}

/**
 * The pack: the item, and a bare entity for each related item the store already holds under its
 * key, which joins that entity (adding nothing but the relation) so that relations reach it.
 */
export function lookupPack(item: LookedUpItem, holders: readonly KeyHolder[], version: number): Pack {
  const entity: WikidataEntity = item.summary ? { ...item.entity, summary: item.summary.extract } : item.entity;
  const stubs = holders.map((holder): WikidataEntity => ({
    qid: holder.qid,
    key: `wd:${holder.qid}`,
    kind: holder.kind,
    name: holder.name,
    summary: '',
    aliases: [],
    facts: [],
    relations: [],
    sitelinks: 0,
  }));
  const [main, ...linked] = toPackEntities([entity, ...stubs]);
  const withSummarySource = item.summary ? { ...main!, sources: [WIKIDATA_SOURCE_ID, WIKIPEDIA_SOURCE_ID] } : main!;
  const pack = {
    format: 'backstory-pack',
    formatVersion: 2,
    id: lookupPackId(entity.qid),
    name: `Look-up: ${entity.name} (Wikidata ${entity.qid})`.slice(0, 200),
    version,
    sources: {
      [WIKIDATA_SOURCE_ID]: { ...WIKIDATA_SOURCE },
      ...(item.summary ? { [WIKIPEDIA_SOURCE_ID]: wikipediaSource(item.summary) } : {}),
    },
    entities: [withSummarySource, ...linked.map((stub) => ({ ...stub, sources: [] }))],
  };
  return validatePack(pack);
}

function wikipediaSource(summary: NonNullable<LookedUpItem['summary']>) {
  return { name: `Wikipedia: ${summary.title}`.slice(0, 200), licence: WIKIPEDIA_LICENCE, url: summary.url };
}

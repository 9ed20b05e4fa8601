/**
 * Wikidata's JSON (dump lines, `wbgetentities` answers) as Backstory entities: one mapper for the pack
 * builder (`npm run pack:wikidata`) and the look-up alike. Pure: no DOM, no browser API, no network.
 */
export { mapWikidataEntity, mapWikidataItem, describeWikidataItem } from './map-entity';
export { readWikidataItem, labelOf, type WikidataItem, type ReadResult } from './item';
export { itemUrl } from './facts';
export { toPackEntities, packIdOf, WIKIDATA_SOURCE, WIKIDATA_SOURCE_ID } from './to-pack';
export { ACTOR_CLASSES, NOT_ACTOR_CLASSES } from './classes';
export type {
  ClassRule,
  DropReason,
  Dropped,
  ItemId,
  MappedEntity,
  WikidataAlias,
  WikidataEntity,
  WikidataFact,
  WikidataOptions,
  WikidataRelation,
} from './types';

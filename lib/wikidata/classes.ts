import type { ClassRule, DropReason } from './types';

/**
 * Classes whose instances (P31) are actors or events. Wikidata's tree has millions of classes and the
 * mapper does not walk it: this is the table of root classes plus the direct classes real items
 * use instead of a root (a capital is often a "big city", Q1549591, not a "city"). Each id was checked
 * against published tables of Wikidata classes; an id that is wrong only misses items, never mislabels
 * one as another kind. The armed classes are each pinned by a fixture (tests/fixtures/wikidata/).
 */
export const ACTOR_CLASSES: Readonly<Record<string, ClassRule>> = {
  Q5: { kind: 'person' }, // human

  Q6256: { kind: 'state' }, // country
  Q3624078: { kind: 'state' }, // sovereign state
  Q3024240: { kind: 'state' }, // historical country

  Q17149090: { kind: 'armed-group' }, // armed organization
  Q17127659: { kind: 'armed-group' }, // terrorist organization
  Q8473: { kind: 'armed-group' }, // military (a state's armed forces)

  Q43229: { kind: 'organisation' }, // organization
  Q7278: { kind: 'organisation' }, // political party
  Q484652: { kind: 'organisation' }, // international organization
  Q4830453: { kind: 'organisation' }, // business
  Q783794: { kind: 'organisation' }, // company
  Q891723: { kind: 'organisation' }, // public company
  Q6881511: { kind: 'organisation' }, // enterprise
  Q245065: { kind: 'organisation' }, // intergovernmental organization
  Q79913: { kind: 'organisation' }, // non-governmental organization
  Q327333: { kind: 'organisation' }, // government agency
  Q192283: { kind: 'organisation' }, // news agency
  Q2001305: { kind: 'organisation' }, // television channel

  Q1190554: { kind: 'event' }, // occurrence
  Q1656682: { kind: 'event' }, // event
  Q178561: { kind: 'event', eventType: 'battle' }, // battle
  Q198: { kind: 'event', eventType: 'war' }, // war
  Q350604: { kind: 'event', eventType: 'war' }, // armed conflict
  Q40231: { kind: 'event' }, // public election
  Q3882219: { kind: 'event', eventType: 'assassination' }, // assassination
  Q2001676: { kind: 'event', eventType: 'offensive' }, // military offensive
  Q131569: { kind: 'event', eventType: 'agreement' }, // treaty

  Q515: { kind: 'place' }, // city
  Q486972: { kind: 'place' }, // human settlement
  Q35657: { kind: 'place' }, // state of the United States
  Q107390: { kind: 'place' }, // federated state
  Q82794: { kind: 'place' }, // geographic region
  Q1549591: { kind: 'place' }, // big city
  Q1637706: { kind: 'place' }, // city with millions of inhabitants
  Q5119: { kind: 'place' }, // capital city
  Q1093829: { kind: 'place' }, // city in the United States
  Q3957: { kind: 'place' }, // town
  Q532: { kind: 'place' }, // village
  Q10864048: { kind: 'place' }, // first-level administrative country subdivision
};

/** Items that are not actors however they are classed: offices, classes, ideas, Wikipedia's own pages. */
export const NOT_ACTOR_CLASSES: Readonly<Record<string, Exclude<DropReason, 'malformed' | 'missing'>>> = {
  Q4164871: 'position', // position
  Q294414: 'position', // public office
  Q16889133: 'class', // class
  Q151885: 'concept', // concept
  Q4167410: 'wikimedia-page', // Wikimedia disambiguation page
  Q4167836: 'wikimedia-page', // Wikimedia category
  Q13406463: 'wikimedia-page', // Wikimedia list article
  Q11266439: 'wikimedia-page', // Wikimedia template
};

/** When an item is several things, the more specific actor wins: a party with a militia is an armed group. */
export const KIND_PRECEDENCE = ['person', 'armed-group', 'state', 'organisation', 'event', 'place'] as const;

import type { EntityKind, EventType, PartialDate, RelationType } from '@/lib/store';

/** A Wikidata item id, "Q42". */
export type ItemId = `Q${number}`;

/** What the mapper needs besides the entity's JSON. */
export interface WikidataOptions {
  /**
   * The reader's languages, most wanted first ("en", "fr"): names come from their labels and aliases,
   * the entity's name and summary from the first that has one.
   */
  languages: readonly string[];
  /**
   * The labels of the items the facts name (a position, a party, a capital), by Q-id, in the language
   * facts are written for. An id missing here leaves its fact out and is listed in `missingLabels`.
   */
  labels?: ReadonlyMap<string, string>;
  /** Lower-case ordinary words: a name spelled like one is matched only as written. */
  ordinaryWords?: ReadonlySet<string>;
  /** Classes beyond the built-in table (a caller that knows more of Wikidata's subclass tree). */
  classes?: Readonly<Record<string, ClassRule>>;
}

/** What an instance of a class is to Backstory. */
export interface ClassRule {
  kind: EntityKind;
  eventType?: EventType;
}

export interface WikidataAlias {
  text: string;
  caseSensitive?: true;
  common?: true;
  lang?: string;
}

export interface WikidataFact {
  text: string;
  date?: PartialDate;
  end?: PartialDate;
  /** The item's page at the statement (`https://www.wikidata.org/wiki/Q7747#P39`). */
  itemUrl: string;
  /** The statement's reference URL (P854), when it has one. */
  reference?: string;
}

/** A relation between two items; `from` is not always the item read (a state's P35 says who leads it). */
export interface WikidataRelation {
  type: RelationType;
  from: ItemId;
  to: ItemId;
  start?: PartialDate;
  end?: PartialDate;
}

/** One Wikidata item as a Backstory entity draft, its links still Q-ids. */
export interface WikidataEntity {
  qid: ItemId;
  /** `wd:Q7747`: the key every pack, look-up and sync peer gives this actor. */
  key: `wd:${string}`;
  kind: EntityKind;
  eventType?: EventType;
  name: string;
  summary: string;
  start?: PartialDate;
  end?: PartialDate;
  /** Events only: where it happened (P276). */
  place?: ItemId;
  aliases: WikidataAlias[];
  facts: WikidataFact[];
  relations: WikidataRelation[];
  /** How many Wikipedia and sister-project pages the item has: a measure of how much it is written about. */
  sitelinks: number;
}

/** Why an item is not an entity. */
export type DropReason =
  | 'malformed'
  | 'missing'
  | 'not-an-item'
  | 'class'
  | 'position'
  | 'concept'
  | 'wikimedia-page'
  | 'unknown-class'
  | 'no-label';

export interface Dropped {
  ok: false;
  id?: string;
  reason: DropReason;
  /** A few words a person reading the builder's report can check ("P31 Q4164871"). */
  detail: string;
}

export type MappedEntity = { ok: true; entity: WikidataEntity; missingLabels: ItemId[] } | Dropped;

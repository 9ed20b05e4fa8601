import * as v from 'valibot';
import { PROPERTIES, readStatements, type Property, type Statement } from './statements';
import type { Dropped, ItemId } from './types';

/** A name in one language ("mul" is Wikidata's label for all languages alike). */
export interface LangText {
  lang: string;
  text: string;
}

/** A Wikidata item as the mapper reads it: its names in the wanted languages, the statements it uses. */
export interface WikidataItem {
  id: ItemId;
  /** Labels in the order of the wanted languages, then the fallbacks. */
  labels: LangText[];
  aliases: LangText[];
  description?: string;
  sitelinks: number;
  statements: Readonly<Partial<Record<Property, Statement[]>>>;
}

/**
 * Wikidata's label for every language ("mul"), then English: a name written alike in every language
 * (most people's) is often only there.
 */
const FALLBACK_LANGUAGES = ['mul', 'en'];
const MAX_NAME = 200;
/** Wikidata allows 250 characters; a summary may hold 5,000. */
const MAX_DESCRIPTION = 1000;

const Terms = v.record(v.string(), v.unknown());
/** Only the outline is checked here; each term and statement is checked where it is read. */
const EntityJson = v.looseObject({
  id: v.string(),
  type: v.optional(v.string()),
  missing: v.optional(v.unknown()),
  labels: v.optional(Terms),
  aliases: v.optional(Terms),
  descriptions: v.optional(Terms),
  claims: v.optional(Terms),
  sitelinks: v.optional(Terms),
});

export type ReadResult = { ok: true; item: WikidataItem } | Dropped;

/** Reads one entity of a dump line or a `wbgetentities` answer; anything else is dropped with its reason. */
export function readWikidataItem(json: unknown, languages: readonly string[]): ReadResult {
  if (!v.is(EntityJson, json)) return { ok: false, reason: 'malformed', detail: 'not a Wikidata entity' };
  const { id } = json;
  if (json.missing !== undefined) return { ok: false, id, reason: 'missing', detail: 'no such entity' };
  if (!/^Q[1-9]\d*$/.test(id) || (json.type !== undefined && json.type !== 'item')) {
    return { ok: false, id: id.slice(0, 20), reason: 'not-an-item', detail: json.type ?? 'not a Q-id' };
  }
  const wanted = [...new Set([...languages, ...FALLBACK_LANGUAGES])];
  const claims = json.claims ?? {};
  const statements: Partial<Record<Property, Statement[]>> = {};
  for (const property of Object.keys(PROPERTIES) as Property[]) {
    const read = readStatements(claims, property);
    if (read.length > 0) statements[property] = read;
  }
  return {
    ok: true,
    item: {
      id: id as ItemId,
      labels: wanted.flatMap((lang) => termOf(json.labels?.[lang], lang)),
      aliases: languages.flatMap((lang) => aliasesOf(json.aliases?.[lang], lang)),
      description: languages.flatMap((lang) => termOf(json.descriptions?.[lang], lang, MAX_DESCRIPTION))[0]?.text,
      sitelinks: Object.keys(json.sitelinks ?? {}).length,
      statements,
    },
  };
}

function termOf(term: unknown, lang: string, max = MAX_NAME): LangText[] {
  const text = (term as { value?: unknown } | undefined)?.value;
  return typeof text === 'string' && text.trim() && text.length <= max ? [{ lang, text: text.trim() }] : [];
}

function aliasesOf(terms: unknown, lang: string): LangText[] {
  return Array.isArray(terms) ? terms.flatMap((term) => termOf(term, lang)) : [];
}

/**
 * The label a fact names an entity by (the first wanted language that has one, then the fallbacks),
 * read from its JSON without reading its statements: the pack builder wants it of many items it drops.
 */
export function labelOf(json: unknown, languages: readonly string[]): string | undefined {
  const labels = (json as { labels?: unknown } | null)?.labels;
  if (!labels || typeof labels !== 'object') return undefined;
  for (const lang of [...languages, ...FALLBACK_LANGUAGES]) {
    const label = termOf((labels as Record<string, unknown>)[lang], lang)[0];
    if (label) return label.text;
  }
  return undefined;
}

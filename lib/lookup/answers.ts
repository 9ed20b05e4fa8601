import * as v from 'valibot';

/** One candidate of `wbsearchentities`: the item, its label and description, and what matched. */
export interface SearchHit {
  id: string;
  label: string;
  description?: string;
  /** 'label' when the name is the item's label, 'alias' when one of its aliases. */
  matchType?: string;
  matchText?: string;
}

/** The lead of a Wikipedia article, with the link its licence (CC BY-SA) asks to be shown with it. */
export interface WikipediaSummary {
  title: string;
  extract: string;
  url: string;
  language: string;
  /** A disambiguation page lists articles; its text is no one's summary. */
  disambiguation: boolean;
}

const Text = v.pipe(v.string(), v.maxLength(5000));
const ItemIdText = v.pipe(v.string(), v.regex(/^Q[1-9]\d{0,11}$/));

const SearchAnswer = v.object({
  search: v.pipe(v.array(v.unknown()), v.maxLength(100)),
});
const SearchEntry = v.object({
  id: ItemIdText,
  label: v.optional(Text),
  description: v.optional(Text),
  display: v.optional(v.object({ label: v.optional(v.object({ value: Text })) })),
  match: v.optional(v.object({ type: v.optional(v.string()), text: v.optional(Text) })),
});

/** The candidates of a search answer; entries that are not items (or are malformed) are skipped. */
export function readSearchHits(json: unknown): SearchHit[] {
  const answer = v.safeParse(SearchAnswer, json);
  if (!answer.success) return [];
  return answer.output.search.flatMap((entry) => {
    const read = v.safeParse(SearchEntry, entry);
    if (!read.success) return [];
    const { id, description, match } = read.output;
    const label = read.output.display?.label?.value ?? read.output.label ?? match?.text ?? id;
    return [{ id, label, ...(description ? { description } : {}), matchType: match?.type, matchText: match?.text }];
  });
}

const EntitiesAnswer = v.object({ entities: v.record(v.string(), v.unknown()) });

/** A wbgetentities answer's entities by id; each is checked by the mapper when it is read. */
export function readEntities(json: unknown): Record<string, unknown> {
  const answer = v.safeParse(EntitiesAnswer, json);
  if (!answer.success) throw new Error('not a wbgetentities answer');
  return answer.output.entities;
}

const SummaryAnswer = v.object({
  type: v.optional(v.string()),
  title: Text,
  extract: v.optional(v.string()),
  content_urls: v.optional(v.object({ desktop: v.optional(v.object({ page: v.optional(v.string()) })) })),
});

const MAX_SUMMARY = 5000;

export function readSummary(json: unknown, language: string): WikipediaSummary | null {
  const answer = v.safeParse(SummaryAnswer, json);
  if (!answer.success) return null;
  const { type, title, extract, content_urls: urls } = answer.output;
  const url = urls?.desktop?.page;
  if (!url || !/^https?:\/\//.test(url) || !extract?.trim()) return null;
  return {
    title,
    extract: extract.trim().slice(0, MAX_SUMMARY),
    url,
    language,
    disambiguation: type === 'disambiguation',
  };
}

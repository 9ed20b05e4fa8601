import { labelOf, mapWikidataEntity, type DropReason, type WikidataEntity } from '@/lib/wikidata';
import type { WikipediaSummary } from './answers';
import { LookupError } from './problems';
import type { WikimediaClient } from './wikimedia-client';

/** A looked-up item as it would be added: the mapper's entity, and its Wikipedia lead when it has one. */
export interface LookedUpItem {
  entity: WikidataEntity;
  summary?: WikipediaSummary;
}

const DROPPED_WORDS: Partial<Record<DropReason, string>> = {
  'wikimedia-page': 'is a disambiguation or list page on Wikidata, not an actor',
  position: 'is a position or office, not a person holding it',
  class: 'is a class of things, not one actor or event',
  concept: 'is a concept, not an actor or event',
  'unknown-class':
    'is not a kind of actor or event Backstory knows (a person, state, organisation, armed group, place or event)',
  'no-label': 'has no name in your languages on Wikidata',
  missing: 'does not exist on Wikidata (any more)',
};

/**
 * Reads the item in the reader's languages, then the labels its facts need (one more request of
 * up to 50 ids each), then its Wikipedia article's lead in the first of those languages it has one in.
 */
export async function lookUpItem(
  client: WikimediaClient,
  qid: string,
  languages: readonly string[],
  signal?: AbortSignal,
  { fresh = false } = {},
): Promise<LookedUpItem> {
  const json = (await client.entities([qid], languages, undefined, signal, fresh))[qid];
  let mapped = mapWikidataEntity(json, { languages });
  if (!mapped.ok) {
    throw new LookupError(
      mapped.reason === 'missing' ? 'not-found' : 'not-an-actor',
      `${qid} ${DROPPED_WORDS[mapped.reason] ?? 'could not be read'}.`,
    );
  }
  if (mapped.missingLabels.length > 0) {
    const named = await client.entities(mapped.missingLabels, languages, ['labels'], signal);
    const labels = new Map<string, string>();
    for (const [id, item] of Object.entries(named)) {
      const label = labelOf(item, languages);
      if (label) labels.set(id, label);
    }
    mapped = mapWikidataEntity(json, { languages, labels });
    if (!mapped.ok) throw new LookupError('not-an-actor', `${qid} could not be read.`);
  }
  const summary = await wikipediaSummary(client, json, languages, signal, fresh);
  return { entity: mapped.entity, ...(summary ? { summary } : {}) };
}

/** The first of the reader's languages whose Wikipedia has an article on the item (not a disambiguation page). */
async function wikipediaSummary(
  client: WikimediaClient,
  json: unknown,
  languages: readonly string[],
  signal?: AbortSignal,
  fresh = false,
): Promise<WikipediaSummary | undefined> {
  const sitelinks = (json as { sitelinks?: Record<string, { title?: unknown }> }).sitelinks ?? {};
  for (const language of languages) {
    const title = sitelinks[`${language}wiki`]?.title;
    if (typeof title !== 'string' || !title) continue;
    const summary = await client.summary(language, title, signal, fresh).catch((error: unknown) => {
      // Without Wikipedia the card still has Wikidata's description; only the reader moving on stops here.
      if (error instanceof LookupError && error.problem === 'cancelled') throw error;
      return null;
    });
    if (summary && !summary.disambiguation) return summary;
  }
  return undefined;
}

import type { SearchHit } from './answers';
import { LookupError } from './problems';
import type { WikimediaClient } from './wikimedia-client';

/** One item the name may mean, as the reader picks from them. */
export interface LookupCandidate {
  qid: string;
  label: string;
  description?: string;
}

export interface LookupCandidates {
  name: string;
  /** The language the candidates were found in: the page's, or English when it had none. */
  language: string;
  candidates: LookupCandidate[];
  /** A single clear match, ticked before the reader chooses. */
  preselected?: string;
}

/** Wikidata's description of a disambiguation item, in the languages news is most read in. */
const DISAMBIGUATION =
  /disambiguation page|page d'homonymie|begriffsklärungsseite|página de desambiguación|pagina di disambiguazione/i;
/** Items a news name often finds that are no actor: the name itself, lists and categories. */
const NOT_ACTORS =
  /^(family name|surname|(male |female |unisex )?given name|wikimedia (category|list article|template))$/i;

/**
 * Candidates for `name`: searched in the page's language, then in English when that finds none.
 * Disambiguation items are no one's entity and are left out; a name that finds only those says so.
 */
export async function findCandidates(
  client: WikimediaClient,
  name: string,
  pageLanguage: string,
  signal?: AbortSignal,
): Promise<LookupCandidates> {
  const languages = [...new Set([pageLanguage, 'en'])];
  let onlyDisambiguation = false;
  for (const language of languages) {
    const hits = await client.search(name, language, signal);
    const candidates = hits
      .filter((hit) => !DISAMBIGUATION.test(hit.description ?? '') && !NOT_ACTORS.test(hit.description ?? ''))
      .map(toCandidate);
    onlyDisambiguation ||= hits.length > 0 && candidates.length === 0;
    if (candidates.length > 0) return { name, language, candidates, ...preselection(name, candidates) };
  }
  if (onlyDisambiguation) {
    throw new LookupError(
      'not-found',
      `On Wikidata, “${name}” is only a disambiguation page: it names several things. ` +
        'Select a fuller name (a first name, a title) and look that up.',
    );
  }
  throw new LookupError('not-found', `Wikidata has nothing named “${name}”. Check the spelling, or add it yourself.`);
}

function toCandidate(hit: SearchHit): LookupCandidate {
  return { qid: hit.id, label: hit.label, ...(hit.description ? { description: hit.description } : {}) };
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/**
 * A single candidate is clear; so is the only one whose label is exactly the name, when the others
 * matched only by an alias or a prefix. Two candidates with the name as their label are not.
 */
function preselection(name: string, candidates: LookupCandidate[]): { preselected?: string } {
  if (candidates.length === 1) return { preselected: candidates[0]!.qid };
  const wanted = fold(name);
  const exact = candidates.filter((candidate) => fold(candidate.label) === wanted);
  return exact.length === 1 ? { preselected: exact[0]!.qid } : {};
}

import { foldText } from '@/lib/matcher';
import type { BackstoryDatabase } from './db';
import { listEntitiesWithAliases, summarize } from './read';
import type { EntitySummary } from './views';

/**
 * The quick search by name behind the popup's search and the entity pickers ('entities/search'; the
 * editor's full-text search is lib/full-text-search): names and aliases only, folded the way the
 * matcher folds text so that "soleimani" finds Qasem Soleimani and "erdogan" finds Erdoğan. Names that
 * start with the query rank before names that merely contain it.
 */
export async function searchByName(db: BackstoryDatabase, query: string, limit: number): Promise<EntitySummary[]> {
  const needle = foldText(query.trim());
  const all = await listEntitiesWithAliases(db);
  const scored = all.flatMap(({ entity, aliases }) => {
    const texts = [entity.name, ...aliases.map((a) => a.text)].map(foldText);
    const score = needle === '' ? 2 : bestScore(texts, needle);
    return score === undefined ? [] : [{ entity, score }];
  });
  scored.sort((a, b) => a.score - b.score || a.entity.name.localeCompare(b.entity.name));
  return scored.slice(0, limit).map(({ entity }) => summarize(entity));
}

function bestScore(texts: string[], needle: string): number | undefined {
  let best: number | undefined;
  for (const text of texts) {
    const at = text.indexOf(needle);
    if (at < 0) continue;
    const score = at === 0 ? 0 : text[at - 1] === ' ' ? 1 : 2;
    best = best === undefined ? score : Math.min(best, score);
  }
  return best;
}

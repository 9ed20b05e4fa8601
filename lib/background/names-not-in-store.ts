import type { BackgroundRequestParsed, UnknownName } from '@/lib/messaging';
import { rankNames } from '@/lib/names';
import type { MentionIndex } from './mention-index';

/** Enough candidates that the store's known names, filtered out, still leave a full list. */
const MAX_CANDIDATES = 1000;

/**
 * "Not yet in your store": the article's names, best first, less those the store knows. The
 * matcher decides: a name that contains any alias ("Sergey Lavrov", "Sudan Tribune") is known.
 */
export async function namesNotInStore(
  index: MentionIndex,
  { blocks, language, limit }: BackgroundRequestParsed<'names/unknown'>,
): Promise<UnknownName[]> {
  const candidates = rankNames(blocks, language).slice(0, MAX_CANDIDATES);
  const { hits } = await index.find(candidates.map((name) => name.text));
  const known = new Set(hits.map((hit) => hit.chunk));
  return candidates.filter((_, at) => !known.has(at)).slice(0, limit);
}

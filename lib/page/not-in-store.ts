import { askBackground, type UnknownName } from '@/lib/messaging';
import { Slicer } from './slicing';
import { collectTextBlocks } from './text-blocks';
import { countNames } from './unknown-names';

/**
 * Names on the page that the store does not know. The background's own matcher decides:
 * a candidate that contains any alias ("Sergey Lavrov", "Russian envoy") is known.
 */
export async function findNamesNotInStore(ownHost: Element, limit: number): Promise<UnknownName[]> {
  const slicer = new Slicer();
  const blocks = await collectTextBlocks(document.body, { ownHost, slicer });
  const counts = countNames(blocks.map((block) => block.text));
  const candidates = [...counts.keys()].slice(0, 1000);
  const result = await slicer.wait(askBackground('mentions/find', { chunks: candidates }));
  slicer.end();
  if (!result.ok) return [];
  const known = new Set(result.value.hits.map((hit) => hit.chunk));
  return candidates
    .filter((_, index) => !known.has(index))
    .slice(0, limit)
    .map((text) => ({ text, count: counts.get(text)! }));
}

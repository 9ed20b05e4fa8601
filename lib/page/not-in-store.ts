import { askBackground, type UnknownName } from '@/lib/messaging';
import { HiddenText } from './hidden-text';
import { Slicer } from './slicing';
import { BLOCK_BREAK, indexAt, type PageText } from './page-text';
import { collectText } from './text-blocks';
import { countNames } from './unknown-names';

/** The text of each block a reader sees. */
function visibleBlocks(text: PageText, ownHost: Element): string[] {
  const hidden = new HiddenText(ownHost);
  const all = text.batches.map((batch) => batch.parts.join('')).join('');
  return text.blockStarts.flatMap((start, block) => {
    const node = text.nodes[indexAt(text.starts, start, false)]!;
    if (hidden.isHidden(node, text.blockHolders[block]!)) return [];
    const end = all.indexOf(BLOCK_BREAK, start);
    return [all.slice(start, end < 0 ? all.length : end)];
  });
}

/**
 * Names on the page that the store does not know. The background's own matcher decides:
 * a candidate that contains any alias ("Sergey Lavrov", "Russian envoy") is known.
 */
export async function findNamesNotInStore(ownHost: Element, limit: number): Promise<UnknownName[]> {
  const slicer = new Slicer();
  const text = await collectText([document.body], { ownHost, slicer });
  const counts = countNames(visibleBlocks(text, ownHost));
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

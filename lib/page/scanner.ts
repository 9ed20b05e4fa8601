import { askBackground, type ChunkHit, type PageEntity } from '@/lib/messaging';
import { HiddenText } from './hidden-text';
import type { Mention } from './reading';
import { MAX_MENTIONS } from './page-marks';
import type { Slicer } from './slicing';
import { indexAt, locate, type PageText, type TextBatch } from './page-text';

interface Found {
  mentions: Mention[];
  entities: Map<string, PageEntity>;
}

/** Turns one batch's hits into Ranges, dropping the ones in text a reader does not see. */
async function addMentions(
  text: PageText,
  batch: TextBatch,
  hits: ChunkHit[],
  found: Found,
  hidden: HiddenText,
  slicer: Slicer,
): Promise<void> {
  for (let i = 0; i < hits.length && found.mentions.length < MAX_MENTIONS; i++) {
    if (i % 256 === 255 && slicer.shouldYield()) await slicer.yieldToPage();
    const hit = hits[i]!;
    const entity = found.entities.get(hit.entityId);
    if (!entity) continue;
    const start = batch.start + hit.start;
    const [startNode, startOffset] = locate(text, start, false);
    const [endNode, endOffset] = locate(text, batch.start + hit.end, true);
    // A live page may have changed the text since it was read; its change brings a rescan.
    if (startOffset > startNode.length || endOffset > endNode.length) continue;
    if (hidden.isHidden(startNode, text.blockHolders[indexAt(text.blockStarts, start, false)]!)) continue;
    const range = new Range();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    found.mentions.push(hit.alternatives ? { entity, range, alternatives: hit.alternatives } : { entity, range });
  }
}

/**
 * Sends the page's text to the background, a batch per request, and turns its hits into
 * Ranges. The background holds the dictionary; the page only sends text and receives hits.
 */
export async function matchText(
  text: PageText,
  ownHost: Element | null,
  slicer: Slicer,
): Promise<{ mentions: Mention[]; entities: PageEntity[] }> {
  const found: Found = { mentions: [], entities: new Map() };
  const hidden = new HiddenText(ownHost);
  for (const batch of text.batches) {
    if (found.mentions.length >= MAX_MENTIONS) break;
    const result = await slicer.wait(askBackground('mentions/find', { chunks: [batch.parts.join('')] }));
    if (!result.ok) continue;
    for (const entity of result.value.entities) found.entities.set(entity.id, entity);
    await addMentions(text, batch, result.value.hits, found, hidden, slicer);
  }
  return { mentions: found.mentions, entities: [...found.entities.values()] };
}

import { askBackground, type PageEntity } from '@/lib/messaging';
import { toMentions, type Mention } from './mentions';
import type { Slicer } from './slicing';
import type { TextBlock } from './text-blocks';

/** Keeps each request well under the protocol's limit and each reply small. */
const BATCH_CHARS = 200_000;

function batches(blocks: TextBlock[]): TextBlock[][] {
  const out: TextBlock[][] = [];
  let batch: TextBlock[] = [];
  let size = 0;
  for (const block of blocks) {
    if (size + block.text.length > BATCH_CHARS && batch.length) {
      out.push(batch);
      batch = [];
      size = 0;
    }
    batch.push(block);
    size += block.text.length;
  }
  if (batch.length) out.push(batch);
  return out;
}

/**
 * Sends the blocks' text to the background and turns its hits into Ranges. The background
 * holds the dictionary; the page only sends text and receives hits.
 */
export async function matchBlocks(blocks: TextBlock[], slicer: Slicer): Promise<{ mentions: Mention[]; entities: PageEntity[] }> {
  const mentions: Mention[] = [];
  const entities = new Map<string, PageEntity>();
  for (const batch of batches(blocks)) {
    const result = await slicer.wait(askBackground('mentions/find', { chunks: batch.map((b) => b.text) }));
    if (!result.ok) continue;
    for (const entity of result.value.entities) entities.set(entity.id, entity);
    mentions.push(...toMentions(batch, result.value.hits, entities));
    if (slicer.shouldYield()) await slicer.yieldToPage();
  }
  return { mentions, entities: [...entities.values()] };
}

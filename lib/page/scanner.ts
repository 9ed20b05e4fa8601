import { askBackground, type ChunkHit, type PageEntity } from '@/lib/messaging';
import type { Mention } from './mentions';
import { MAX_MENTIONS } from './page-marks';
import type { Slicer } from './slicing';
import { locate, type TextBlock } from './text-blocks';

/** Keeps each request well under the protocol's limit and each reply small. */
const BATCH_CHARS = 200_000;

/** A stretch of one block's text, sent as one chunk; huge blocks are sent in several. */
interface Piece {
  block: TextBlock;
  offset: number;
  text: string;
}

/**
 * A 5 MB text node is cut at spaces into pieces the protocol accepts. A name that
 * straddles a cut is missed: on such a page, marking a little less beats not marking.
 */
function piecesOf(block: TextBlock): Piece[] {
  if (block.text.length <= BATCH_CHARS) return [{ block, offset: 0, text: block.text }];
  const pieces: Piece[] = [];
  for (let offset = 0; offset < block.text.length;) {
    let end = Math.min(offset + BATCH_CHARS, block.text.length);
    const space = block.text.lastIndexOf(' ', end);
    if (end < block.text.length && space > offset + BATCH_CHARS / 2) end = space;
    pieces.push({ block, offset, text: block.text.slice(offset, end) });
    offset = end;
  }
  return pieces;
}

function batches(blocks: TextBlock[]): Piece[][] {
  const out: Piece[][] = [];
  let batch: Piece[] = [];
  let size = 0;
  for (const piece of blocks.flatMap(piecesOf)) {
    if (size + piece.text.length > BATCH_CHARS && batch.length) {
      out.push(batch);
      batch = [];
      size = 0;
    }
    batch.push(piece);
    size += piece.text.length;
  }
  if (batch.length) out.push(batch);
  return out;
}

async function toMentions(
  pieces: Piece[], hits: ChunkHit[], entities: Map<string, PageEntity>, slicer: Slicer, limit: number,
): Promise<Mention[]> {
  const mentions: Mention[] = [];
  for (const [index, hit] of hits.entries()) {
    if (mentions.length >= limit) break;
    if (index % 256 === 255 && slicer.shouldYield()) await slicer.yieldToPage();
    const piece = pieces[hit.chunk];
    const entity = entities.get(hit.entityId);
    if (!piece || !entity) continue;
    const range = new Range();
    range.setStart(...locate(piece.block, piece.offset + hit.start, false));
    range.setEnd(...locate(piece.block, piece.offset + hit.end, true));
    mentions.push({ entity, range });
  }
  return mentions;
}

/**
 * Sends the blocks' text to the background and turns its hits into Ranges. The background
 * holds the dictionary; the page only sends text and receives hits.
 */
export async function matchBlocks(blocks: TextBlock[], slicer: Slicer): Promise<{ mentions: Mention[]; entities: PageEntity[] }> {
  const mentions: Mention[] = [];
  const entities = new Map<string, PageEntity>();
  for (const batch of batches(blocks)) {
    if (mentions.length >= MAX_MENTIONS) break;
    const result = await slicer.wait(askBackground('mentions/find', { chunks: batch.map((piece) => piece.text) }));
    if (!result.ok) continue;
    for (const entity of result.value.entities) entities.set(entity.id, entity);
    for (const mention of await toMentions(batch, result.value.hits, entities, slicer, MAX_MENTIONS - mentions.length)) {
      mentions.push(mention);
    }
  }
  return { mentions, entities: [...entities.values()] };
}

/**
 * The page's text as one scan read it: text nodes in document order, blocks separated by
 * BLOCK_BREAK, cut into batches of whole blocks for the background, and each node's
 * offset, to map hits back to Ranges. Built by the walk in text-blocks.ts.
 */

/**
 * Between blocks. Not a letter or a space, so a hit can neither touch nor cross it; one
 * byte, so the text stays a one-byte string and JSON carries it as is (a control
 * character below U+0020 would be escaped into six).
 */
export const BLOCK_BREAK = '\u007f';

/** Text up to this size goes in one request; the background answers each with the hits in it. */
export const BATCH_CHARS = 200_000;

/** A run of whole blocks (or pieces of one huge block) sent in one request. */
export interface TextBatch {
  /** Node texts and block breaks; joined, they are the batch's text. */
  parts: string[];
  /** Offset of the batch's text in the whole text. */
  start: number;
  length: number;
}

/**
 * A piece of the text as the walk read it: one text node, or a whole block read with one
 * `textContent` call (text-blocks.ts), whose nodes are looked up only when a hit falls in it.
 */
export type TextPiece = Text | Element;

export interface PageText {
  batches: TextBatch[];
  /** Per piece read, in order: the piece and the offset of its text in the whole text. */
  nodes: TextPiece[];
  starts: number[];
  /** Per block, in order: the offset of its text, and the element that holds it. */
  blockStarts: number[];
  blockHolders: Node[];
  /** Per whole block that had a hit: its text nodes and their offsets, found once per scan. */
  blockNodes: Map<Element, BlockNodes>;
}

export interface BlockNodes {
  nodes: Text[];
  starts: number[];
}

/** Builds the batches while the walk goes; a batch is cut only between blocks, unless one block is huge. */
export class TextBuilder implements PageText {
  batches: TextBatch[] = [];
  nodes: TextPiece[] = [];
  starts: number[] = [];
  blockStarts: number[] = [];
  blockHolders: Node[] = [];
  blockNodes = new Map<Element, BlockNodes>();
  private length = 0;
  private batch: TextBatch | undefined;

  startBlock(holder: Node): void {
    if (!this.batch || this.batch.length >= BATCH_CHARS) this.newBatch();
    else this.push(BLOCK_BREAK);
    this.blockStarts.push(this.length);
    this.blockHolders.push(holder);
  }

  addNode(node: TextPiece, text: string): void {
    this.nodes.push(node);
    this.starts.push(this.length);
    if (text.length <= BATCH_CHARS) {
      // A block of many nodes is cut between nodes once it is twice a batch.
      if (this.batch!.length >= 2 * BATCH_CHARS) this.newBatch();
      this.push(text);
      return;
    }
    // A 5 MB text node is cut at spaces; a name that straddles a cut is missed: on such a
    // page, marking a little less beats not marking.
    for (let offset = 0; offset < text.length;) {
      let end = Math.min(offset + BATCH_CHARS, text.length);
      const space = text.lastIndexOf(' ', end);
      if (end < text.length && space > offset + BATCH_CHARS / 2) end = space;
      if (this.batch!.length) this.newBatch();
      this.push(text.slice(offset, end));
      offset = end;
    }
  }

  private newBatch(): void {
    this.batch = { parts: [], start: this.length, length: 0 };
    this.batches.push(this.batch);
  }

  private push(text: string): void {
    this.batch!.parts.push(text);
    this.batch!.length += text.length;
    this.length += text.length;
  }
}

/** The index of the last of `starts` (ascending) at or before `at`; with `preferEnd`, strictly before. */
export function indexAt(starts: readonly number[], at: number, preferEnd: boolean): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = starts[mid]!;
    if (start < at || (!preferEnd && start === at)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Where offset `at` of the whole text lies: the text node and the offset inside it. */
export function locate(text: PageText, at: number, preferEnd: boolean): [Text, number] {
  const index = indexAt(text.starts, at, preferEnd);
  const piece = text.nodes[index]!;
  const offset = at - text.starts[index]!;
  return isTextNode(piece) ? [piece, offset] : locateInBlock(text, piece, offset, preferEnd);
}

/** By `nodeType`: the page may have replaced the `Text` constructor, and a DOM in tests has another. */
export function isTextNode(piece: TextPiece): piece is Text {
  return piece.nodeType === 3;
}

function locateInBlock(text: PageText, block: Element, at: number, preferEnd: boolean): [Text, number] {
  let found = text.blockNodes.get(block);
  if (!found) {
    found = { nodes: [], starts: [] } satisfies BlockNodes;
    const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let length = 0;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      // Empty nodes hold no character: a Range that starts in one starts before the name.
      if (!node.data.length) continue;
      found.nodes.push(node);
      found.starts.push(length);
      length += node.data.length;
    }
    text.blockNodes.set(block, found);
  }
  const index = indexAt(found.starts, at, preferEnd);
  return [found.nodes[index]!, at - found.starts[index]!];
}

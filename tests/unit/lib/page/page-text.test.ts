import { describe, expect, it } from 'vitest';
import { BATCH_CHARS, BLOCK_BREAK, TextBuilder, indexAt, locate, type PageText } from '@/lib/page/page-text';

/** Only identity matters to the builder: a stand-in for a text node or a block's element. */
const node = (name: string) => ({ name, nodeType: 3 }) as unknown as Text;

/** Blocks of node texts, added as the walk adds them. */
function build(blocks: string[][]): { text: TextBuilder; nodes: Text[][] } {
  const text = new TextBuilder();
  const nodes = blocks.map((texts, b) => {
    text.startBlock(node(`block ${b}`));
    return texts.map((data, n) => {
      const textNode = node(`${b}.${n}`);
      text.addNode(textNode, data);
      return textNode;
    });
  });
  return { text, nodes };
}

const batchTexts = (text: PageText) => text.batches.map((batch) => batch.parts.join(''));

describe('the text a scan sends', () => {
  it('joins the nodes of a block, and puts a block break between blocks', () => {
    const { text } = build([['Vladimir', ' Putin said'], ['Moscow']]);
    expect(batchTexts(text)).toEqual([`Vladimir Putin said${BLOCK_BREAK}Moscow`]);
    expect(text.blockStarts).toEqual([0, 20]);
  });

  it('maps an offset back to its text node and the offset inside it', () => {
    const { text, nodes } = build([['Vladimir', ' Putin said'], ['Moscow']]);
    expect(locate(text, 9, false)).toEqual([nodes[0]![1], 1]);
    // The end of "Vladimir" is the end of the first node, not the start of the second.
    expect(locate(text, 8, true)).toEqual([nodes[0]![0], 8]);
    expect(locate(text, 8, false)).toEqual([nodes[0]![1], 0]);
    expect(locate(text, 20, false)).toEqual([nodes[1]![0], 0]);
  });

  it('starts a new batch only between blocks, so a name across a link is never cut', () => {
    const half = 'x'.repeat(BATCH_CHARS / 2);
    const { text } = build([[half, half], ['Sergey ', 'Lavrov'], ['next']]);
    expect(batchTexts(text)).toEqual([half + half, `Sergey Lavrov${BLOCK_BREAK}next`]);
    expect(text.batches[1]!.start).toBe(BATCH_CHARS);
  });

  it('cuts a huge text node at spaces into batches whose offsets follow on', () => {
    const word = 'word ';
    const huge = word.repeat((2.5 * BATCH_CHARS) / word.length);
    const { text, nodes } = build([['before'], [huge]]);
    expect(text.batches.length).toBeGreaterThanOrEqual(3);
    expect(batchTexts(text).every((t) => t.length <= BATCH_CHARS)).toBe(true);
    expect(batchTexts(text).join('')).toBe(`before${BLOCK_BREAK}${huge}`);
    for (const batch of text.batches) {
      if (batch.start > 7) expect(locate(text, batch.start, false)).toEqual([nodes[1]![0], batch.start - 7]);
    }
  });

  it('finds the last start at or before an offset, or strictly before it for an end', () => {
    expect(indexAt([0, 5, 5, 9], 5, false)).toBe(2);
    expect(indexAt([0, 5, 5, 9], 5, true)).toBe(0);
    expect(indexAt([0, 5, 9], 12, true)).toBe(2);
  });
});

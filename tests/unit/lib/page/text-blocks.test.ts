import { afterEach, describe, expect, it, vi } from 'vitest';
import { BLOCK_BREAK, locate, type PageText } from '@/lib/page/page-text';
import { Slicer } from '@/lib/page/slicing';
import { collectText } from '@/lib/page/text-blocks';
import { openPage } from './page-dom';

afterEach(() => vi.unstubAllGlobals());

async function read(html: string): Promise<{ document: Document; text: PageText; all: string }> {
  const document = openPage(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const text = await collectText([document.body], { ownHost: null, slicer: new Slicer() });
  return { document, text, all: text.batches.map((batch) => batch.parts.join('')).join('') };
}

/** The text of the node and offset a hit at `name` would start and end in. */
function located(text: PageText, all: string, name: string): [string, number, string, number] {
  const start = all.indexOf(name);
  const [startNode, startOffset] = locate(text, start, false);
  const [endNode, endOffset] = locate(text, start + name.length, true);
  return [startNode.data, startOffset, endNode.data, endOffset];
}

describe('reading a page’s text', () => {
  it('reads a paragraph of inline elements as one piece, and still finds the node of each name in it', async () => {
    const { text, all } = await read(
      '<p>Talks between <b>Vladimir</b> Putin and <a href="#">Recep Tayyip Erdoğan</a> went on.</p>',
    );
    expect(all).toBe('Talks between Vladimir Putin and Recep Tayyip Erdoğan went on.');
    expect(text.nodes).toHaveLength(1);
    expect(located(text, all, 'Putin')).toEqual([' Putin and ', 1, ' Putin and ', 6]);
    expect(located(text, all, 'Vladimir Putin')).toEqual(['Vladimir', 0, ' Putin and ', 6]);
    expect(located(text, all, 'Erdoğan')).toEqual(['Recep Tayyip Erdoğan', 13, 'Recep Tayyip Erdoğan', 20]);
  });

  it('walks node by node a block that holds another block, keeping a block break between them', async () => {
    const { text, all } = await read('<div>Moscow said<p>Ankara replied</p>and Tehran</div>');
    expect(all).toBe(['Moscow said', 'Ankara replied', 'and Tehran'].join(BLOCK_BREAK));
    expect(located(text, all, 'Tehran')).toEqual(['and Tehran', 4, 'and Tehran', 10]);
  });

  it('reads a paragraph of nested inline elements as one piece', async () => {
    const { text, all } = await read(
      '<p><a href="#"><b>Vladimir</b> <i>V.</i></a> <span><em>Putin</em></span> spoke.</p>',
    );
    expect(all).toBe('Vladimir V. Putin spoke.');
    expect(text.nodes).toHaveLength(1);
    expect(located(text, all, 'Putin')).toEqual(['Putin', 0, 'Putin', 5]);
  });

  it('keeps a block break before a block that follows nested inline elements', async () => {
    const { all } = await read('<div><span>Moscow <b>said</b></span><p>Ankara replied</p></div>');
    expect(all).toBe(['Moscow said', 'Ankara replied'].join(BLOCK_BREAK));
  });

  it('reads a paragraph of a thousand inline elements whole and finds the name at its end', async () => {
    const items = Array.from({ length: 1000 }, (_, i) => `<b>${i}</b> `).join('');
    const { text, all } = await read(`<p>${items}and Sergey Lavrov</p>`);
    expect(all.endsWith(' and Sergey Lavrov')).toBe(true);
    expect(all).not.toContain(BLOCK_BREAK);
    expect(located(text, all, 'Sergey Lavrov')).toEqual([' and Sergey Lavrov', 5, ' and Sergey Lavrov', 18]);
  });

  it('breaks the text at a line break, so no name runs from one line into the next', async () => {
    const { all } = await read('<p>Bashar<br>Assad</p>');
    expect(all).toBe(['Bashar', 'Assad'].join(BLOCK_BREAK));
  });

  it('never reads a script or code inside a paragraph', async () => {
    const { all } = await read('<p>Lavrov <code>Putin()</code>spoke<script>var Assad = 1;</script></p>');
    expect(all).toBe(['Lavrov ', 'spoke'].join(''));
  });

  it('walks node by node a paragraph whose inline element the page displays as a block', async () => {
    const document = openPage(
      '<!DOCTYPE html><html><body><ul><li><time>22:05 GMT</time><a>Moscow talks</a></li></ul></body></html>',
    );
    vi.stubGlobal('getComputedStyle', (element: Element) => ({
      display: element.localName === 'time' ? 'block' : 'inline',
    }));
    const text = await collectText([document.body], { ownHost: null, slicer: new Slicer() });
    expect(text.batches.map((batch) => batch.parts.join('')).join('')).toBe(
      ['22:05 GMT', 'Moscow talks'].join(BLOCK_BREAK),
    );
  });
});

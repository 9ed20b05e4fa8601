import { Slicer } from './slicing';

/**
 * The text a reader sees, grouped into blocks (a paragraph, a caption, a list item) so
 * that a name split across inline elements (`<a>Vladimir</a> Putin`) is one string.
 * Each block remembers which text node starts at which offset, to map hits back to Ranges.
 */
export interface TextBlock {
  text: string;
  nodes: Text[];
  starts: number[];
}

const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION',
  'CODE', 'PRE', 'KBD', 'SAMP', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO',
]);

/** Elements that do not break the flow of text; every other element starts a new block. */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL', 'MARK',
  'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'LABEL',
]);

function isSkipped(element: Element, ownHost: Element | null): boolean {
  if (element === ownHost || SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  if ((element as HTMLElement).isContentEditable) return true;
  return typeof element.checkVisibility === 'function' && !element.checkVisibility();
}

function blockOf(node: Node): Node | null {
  let current = node.parentNode;
  while (current && current.nodeType === Node.ELEMENT_NODE && INLINE_TAGS.has((current as Element).tagName.toUpperCase())) {
    current = current.parentNode;
  }
  return current;
}

export async function collectTextBlocks(root: Element, ownHost: Element | null, slicer = new Slicer()): Promise<TextBlock[]> {
  const blocks: TextBlock[] = [];
  let current: TextBlock | undefined;
  let currentBlockNode: Node | null = null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && isSkipped(node as Element, ownHost) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++count % 64 === 0 && slicer.shouldYield()) await slicer.yieldToPage();
    if (node.nodeType !== Node.TEXT_NODE) {
      if (!INLINE_TAGS.has((node as Element).tagName.toUpperCase())) currentBlockNode = null;
      continue;
    }
    const text = (node as Text).data;
    if (!/\S/.test(text) && !current) continue;
    const block = blockOf(node);
    if (!current || block !== currentBlockNode) {
      current = { text: '', nodes: [], starts: [] };
      blocks.push(current);
      currentBlockNode = block;
    }
    current.nodes.push(node as Text);
    current.starts.push(current.text.length);
    current.text += text;
  }
  return blocks.filter((block) => /\S/.test(block.text));
}

/** Where offset `at` of a block's text lies: the text node and the offset inside it. */
export function locate(block: TextBlock, at: number, preferEnd: boolean): [Text, number] {
  let low = 0;
  let high = block.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = block.starts[mid]!;
    if (start < at || (!preferEnd && start === at)) low = mid;
    else high = mid - 1;
  }
  return [block.nodes[low]!, at - block.starts[low]!];
}

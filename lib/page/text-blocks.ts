import type { Slicer } from './slicing';

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

/**
 * Whether an element continues the line it sits in. The tag says what it usually does;
 * the page's CSS has the last word (a live blog's `<time>` styled `display: block` starts
 * its own line, and "22:05 GMTMoscow" must not hide "Moscow"). Only inline-tagged elements
 * pay for the style lookup, and the style is already computed by the page's own render.
 */
export function isInline(element: Element): boolean {
  if (!INLINE_TAGS.has(element.tagName.toUpperCase())) return false;
  const display = getComputedStyle(element).display;
  return display.startsWith('inline') || display === 'contents';
}

function isSkipped(element: Element, ownHost: Element | null): boolean {
  const tag = element.tagName.toUpperCase();
  if (element === ownHost || SKIPPED_TAGS.has(tag)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  if ((element as HTMLElement).isContentEditable) return true;
  // `display: none` on an inline element (a hidden span) is rare next to hidden sections,
  // menus and dialogs; checking only the others halves the style lookups on text-heavy pages.
  return !INLINE_TAGS.has(tag) && typeof element.checkVisibility === 'function' && !element.checkVisibility();
}

/** Whether text under this element is out of bounds because an ancestor is (for rescans of a subtree). */
export function isInSkippedSubtree(element: Element, ownHost: Element | null): boolean {
  for (let up: Element | null = element; up; up = up.parentElement ?? (up.parentNode instanceof ShadowRoot ? up.parentNode.host : null)) {
    if (isSkipped(up, ownHost)) return true;
  }
  return false;
}

function blockOf(node: Node, inline: (element: Element) => boolean): Node | null {
  let current = node.parentNode;
  while (current && current.nodeType === Node.ELEMENT_NODE && inline(current as Element)) current = current.parentNode;
  return current;
}

/** Every text node asks about its inline ancestors: one style lookup per element is enough. */
function memoizedIsInline(): (element: Element) => boolean {
  const known = new Map<Element, boolean>();
  return (element) => {
    let answer = known.get(element);
    if (answer === undefined) known.set(element, (answer = isInline(element)));
    return answer;
  };
}

export interface CollectOptions {
  ownHost: Element | null;
  slicer: Slicer;
  /** Called for each open shadow root met, so that the caller can watch it too. */
  onShadowRoot?: (root: ShadowRoot) => void;
}

export async function collectTextBlocks(root: Node, options: CollectOptions): Promise<TextBlock[]> {
  const blocks: TextBlock[] = [];
  await walk(root, options, blocks);
  return blocks.filter((block) => /\S/.test(block.text));
}

async function walk(root: Node, options: CollectOptions, blocks: TextBlock[]): Promise<void> {
  const { ownHost, slicer } = options;
  let current: TextBlock | undefined;
  let currentBlockNode: Node | null = null;
  const inline = memoizedIsInline();
  // No filter callback: a call from the walker into script for every node was the largest
  // cost in the benchmark's profile. Skipped subtrees are stepped over by hand instead.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let count = 0;
  for (let node = walker.nextNode(); node;) {
    if (++count % 16 === 0 && slicer.shouldYield()) await slicer.yieldToPage();
    if (node.nodeType === Node.TEXT_NODE) {
      const block = blockOf(node, inline);
      if (!current || block !== currentBlockNode) {
        current = { text: '', nodes: [], starts: [] };
        blocks.push(current);
        currentBlockNode = block;
      }
      current.nodes.push(node as Text);
      current.starts.push(current.text.length);
      current.text += (node as Text).data;
      node = walker.nextNode();
      continue;
    }
    const element = node as Element;
    if (isSkipped(element, ownHost)) {
      node = stepOver(walker);
      continue;
    }
    if (!inline(element)) currentBlockNode = null;
    // Web components render their text in shadow roots; open ones are the page's text too.
    if (element.shadowRoot) {
      options.onShadowRoot?.(element.shadowRoot);
      await walk(element.shadowRoot, options, blocks);
      currentBlockNode = null;
    }
    node = walker.nextNode();
  }
}

/** Moves the walker past the subtree it stands on; answers the next node, or null at the end. */
function stepOver(walker: TreeWalker): Node | null {
  for (let at: Node | null = walker.currentNode; at; at = walker.parentNode()) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
  }
  return null;
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

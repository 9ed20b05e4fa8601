import type { Slicer } from './slicing';

/**
 * The text a reader sees, read in one pass over the DOM. Text nodes are kept in document
 * order and grouped into blocks (a paragraph, a caption, a list item) so that a name split
 * across inline elements (`<a>Vladimir</a> Putin`) is one string, while BLOCK_BREAK
 * between blocks keeps a name from running from one block into the next. The text goes to
 * the background in batches of whole blocks; each node's offset maps hits back to Ranges.
 *
 * Whether text is hidden (`display: none`, `hidden`, `aria-hidden`, contenteditable) is
 * asked only of the text that had a hit (hidden-text.ts): asking it of every element was
 * a fifth of the content script's time on a 2 MB page (bench profile), for a few marks.
 * Only what must never be sent (scripts, styles, code, form fields) is skipped here.
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

export interface PageText {
  batches: TextBatch[];
  /** Per text node read, in order: the node and the offset of its text in the whole text. */
  nodes: Text[];
  starts: number[];
  /** Per block, in order: the offset of its text, and the element that holds it. */
  blockStarts: number[];
  blockHolders: Node[];
}

const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option',
  'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'iframe', 'object', 'canvas', 'video', 'audio',
]);

/** Elements that do not break the flow of text; every other element starts a new block. */
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'dfn', 'em', 'font', 'i', 'ins', 'del', 'mark',
  'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'label',
]);

/**
 * The elements `attachShadow` accepts (DOM standard), besides custom elements: no other
 * element can hold a shadow root, so no other element is asked for one.
 */
const SHADOW_HOSTS = new Set([
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'main', 'nav', 'p', 'section', 'span',
]);

function openShadowRoot(element: Element): ShadowRoot | null {
  const name = element.localName;
  return SHADOW_HOSTS.has(name) || name.includes('-') ? element.shadowRoot : null;
}

/** `localName` is lower case for HTML in HTML and XHTML documents alike, and costs no new string. */
export function isSkippedTag(element: Element): boolean {
  return SKIPPED_TAGS.has(element.localName);
}

export function hasInlineTag(element: Element): boolean {
  return INLINE_TAGS.has(element.localName);
}

/**
 * Whether an element continues the line it sits in. The tag says what it usually does;
 * the page's CSS has the last word (a live blog's `<time>` styled `display: block` starts
 * its own line, and "22:05 GMTMoscow" must not hide "Moscow"). Only inline-tagged elements
 * pay for the style lookup, and the style is already computed by the page's own render.
 */
export function isInline(element: Element): boolean {
  if (!hasInlineTag(element)) return false;
  const display = getComputedStyle(element).display;
  return display.startsWith('inline') || display === 'contents';
}

export interface CollectOptions {
  ownHost: Element | null;
  slicer: Slicer;
  /** Called for each open shadow root met, so that the caller can watch it too. */
  onShadowRoot?: (root: ShadowRoot) => void;
}

/** Builds the batches while the walk goes; a batch is cut only between blocks, unless one block is huge. */
class TextBuilder implements PageText {
  batches: TextBatch[] = [];
  nodes: Text[] = [];
  starts: number[] = [];
  blockStarts: number[] = [];
  blockHolders: Node[] = [];
  private length = 0;
  private batch: TextBatch | undefined;

  startBlock(holder: Node): void {
    if (!this.batch || this.batch.length >= BATCH_CHARS) this.newBatch();
    else this.push(BLOCK_BREAK);
    this.blockStarts.push(this.length);
    this.blockHolders.push(holder);
  }

  addNode(node: Text, text: string): void {
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

export async function collectText(roots: Node[], options: CollectOptions): Promise<PageText> {
  const text = new TextBuilder();
  for (const root of roots) await walk(root, options, text);
  return text;
}

async function walk(root: Node, options: CollectOptions, text: TextBuilder): Promise<void> {
  const { ownHost, slicer } = options;
  // No filter callback: a call from the walker into script for every node was the largest
  // cost in the benchmark's profile. Skipped subtrees are stepped over by hand instead.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  // The elements from the root down to the node at hand, and the block of each, so a
  // node's block is its parent's, with no lookup and no walk up the tree.
  const open: Node[] = [root];
  const blocks: Node[] = [root];
  let top = 0;
  let current: Node | null = null;
  let count = 0;
  for (let node = walker.nextNode(); node;) {
    if (++count % 32 === 0 && slicer.shouldYield()) await slicer.yieldToPage();
    const parent = node.parentNode;
    while (top > 0 && open[top] !== parent) top--;
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      const block = blocks[top]!;
      if (block !== current) {
        // Blank nodes between blocks (the page's line breaks) start nothing.
        if (!NOT_BLANK.test(data)) {
          node = walker.nextNode();
          continue;
        }
        text.startBlock(block);
        current = block;
      }
      text.addNode(node as Text, data);
      node = walker.nextNode();
      continue;
    }
    const element = node as Element;
    if (element === ownHost || isSkippedTag(element)) {
      node = stepOver(walker);
      continue;
    }
    const inline = isInline(element);
    const block = inline ? blocks[top]! : element;
    open[++top] = element;
    blocks[top] = block;
    if (!inline) current = null;
    // Web components render their text in shadow roots; open ones are the page's text too.
    const shadow = openShadowRoot(element);
    if (shadow) {
      options.onShadowRoot?.(shadow);
      await walk(shadow, options, text);
      current = null;
    }
    node = walker.nextNode();
  }
}

const NOT_BLANK = /\S/;

/** Moves the walker past the subtree it stands on; answers the next node, or null at the end. */
function stepOver(walker: TreeWalker): Node | null {
  for (let at: Node | null = walker.currentNode; at; at = walker.parentNode()) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
  }
  return null;
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
  return [text.nodes[index]!, at - text.starts[index]!];
}

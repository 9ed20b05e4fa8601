import { TextBuilder, type PageText } from './page-text';
import type { Slicer } from './slicing';

/**
 * The text a reader sees, read in one pass over the DOM. Text nodes are kept in document
 * order and grouped into blocks (a paragraph, a caption, a list item) so that a name split
 * across inline elements (`<a>Vladimir</a> Putin`) is one string, while a block break
 * keeps a name from running from one block into the next (page-text.ts).
 *
 * Whether text is hidden (`display: none`, `hidden`, `aria-hidden`, contenteditable) is
 * asked only of the text that had a hit (hidden-text.ts): asking it of every element
 * (checkVisibility, attributes) was ~30 ms of the content script's 253 on the 2 MB page
 * (bench profile), for a few thousand marks. Hidden text is read and sent, never marked.
 * Only what must never be sent (scripts, styles, code, form fields) is skipped here.
 */

const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'video',
  'audio',
]);

/** Elements that do not break the flow of text; every other element starts a new block. */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'del',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'label',
]);

/**
 * The elements `attachShadow` accepts (DOM standard), besides custom elements: no other
 * element can hold a shadow root, so no other element is asked for one.
 */
const SHADOW_HOSTS = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
]);

function openShadowRoot(element: Element, name: string): ShadowRoot | null {
  return SHADOW_HOSTS.has(name) || name.includes('-') ? element.shadowRoot : null;
}

/** `localName` is lower case for HTML elements in HTML and XHTML documents alike. */
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
export function isInline(element: Element, name = element.localName): boolean {
  if (!INLINE_TAGS.has(name)) return false;
  const display = getComputedStyle(element).display;
  return display.startsWith('inline') || display === 'contents';
}

export interface CollectOptions {
  ownHost: Element | null;
  slicer: Slicer;
  /** Called for each open shadow root met, so that the caller can watch it too. */
  onShadowRoot?: (root: ShadowRoot) => void;
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
  let nextCheck = CHECK_EVERY;
  for (let node = walker.nextNode(); node;) {
    if (++count >= nextCheck) {
      nextCheck = count + CHECK_EVERY;
      if (slicer.shouldYield()) await slicer.yieldToPage();
    }
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
    // Read once: each read of a DOM property from a content script's world has a cost.
    const name = element.localName;
    if (element === ownHost || SKIPPED_TAGS.has(name)) {
      node = stepOver(walker);
      continue;
    }
    const inline = isInline(element, name);
    if (!inline) {
      const whole = readWholeBlock(element, name);
      if (whole !== undefined) {
        count += whole.elements;
        if (NOT_BLANK.test(whole.text)) {
          text.startBlock(element);
          text.addNode(element, whole.text);
        }
        current = null;
        node = stepOver(walker);
        continue;
      }
    }
    const block = inline ? blocks[top]! : element;
    open[++top] = element;
    blocks[top] = block;
    if (!inline) current = null;
    // Web components render their text in shadow roots; open ones are the page's text too.
    const shadow = openShadowRoot(element, name);
    if (shadow) {
      options.onShadowRoot?.(shadow);
      await walk(shadow, options, text);
      current = null;
    }
    node = walker.nextNode();
  }
}

const NOT_BLANK = /\S/;

/** Nodes (or elements of a whole block) read between two looks at the clock. */
const CHECK_EVERY = 32;

/**
 * The most inline elements a block read whole may hold. A block with more is walked node by
 * node, which time-slices: the check below runs in one go, so it must stay short on any page.
 */
const WHOLE_BLOCK_MOST_ELEMENTS = 256;

/**
 * A block whose descendants are all inline, read with one `textContent` call and without
 * touching its text nodes: a script's handle on each DOM node it meets lives as long as the
 * node, so a walk that met every text node of a 300,000-node page left that many handles,
 * and the garbage collector's pauses over them (25-60 ms, in the middle of a slice) were the
 * long tasks of the hostile-pages test. The nodes of a block are found only if a hit falls
 * in it (page-text.ts). Undefined when the block must be walked node by node: it holds
 * another block, a skipped element, a shadow root, more than WHOLE_BLOCK_MOST_ELEMENTS
 * elements, or an inline tag the page's CSS displays as a block (a live blog's `<time>`).
 */
function readWholeBlock(element: Element, name: string): { text: string; elements: number } | undefined {
  if (!element.firstChild || openShadowRoot(element, name)) return undefined;
  const inlines = inlineDescendants(element);
  if (!inlines) return undefined;
  for (const inline of inlines) if (!isInline(inline)) return undefined;
  return { text: element.textContent ?? '', elements: inlines.length };
}

/**
 * The block's descendant elements, if every one is inline by its tag and holds no shadow
 * root; found by stepping from element to element, stopping at the first that is not. This
 * replaced two selector queries a block (`querySelector` of any non-inline tag, then
 * `querySelectorAll('*')`), the largest cost of the walk in the bench's profile of the 2 MB
 * page: each query runs over the block's text nodes too, and the second builds a list.
 */
function inlineDescendants(block: Element): Element[] | undefined {
  const found: Element[] = [];
  for (let at = block.firstElementChild; at;) {
    const name = at.localName;
    if (found.length === WHOLE_BLOCK_MOST_ELEMENTS || !INLINE_TAGS.has(name) || openShadowRoot(at, name))
      return undefined;
    found.push(at);
    let next = at.firstElementChild;
    for (let up = at; !next && up !== block; up = up.parentElement!) next = up.nextElementSibling;
    at = next;
  }
  return found;
}

/** Moves the walker past the subtree it stands on; answers the next node, or null at the end. */
function stepOver(walker: TreeWalker): Node | null {
  for (let at: Node | null = walker.currentNode; at; at = walker.parentNode()) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
  }
  return null;
}

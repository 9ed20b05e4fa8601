// Ways to read a page's text, run in an isolated world (walk-strategies.ts), as a content
// script would. Plain JavaScript, like peers-in-page.js: it is evaluated as is. Each returns
// the characters it read, so that the report can show they read the same text.

const INLINE = [
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
];
const INLINE_TAGS = new Set(INLINE);
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
const NOT_INLINE = `:not(${INLINE.join(',')})`;
const NOT_BLANK = /\S/;

function stepOver(walker) {
  for (let at = walker.currentNode; at; at = walker.parentNode()) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
  }
  return null;
}

/**
 * The shape of lib/page/text-blocks.ts's walk: elements and text in one pass, a stack of
 * open elements, blocks told by tag and (when `styles`) by computed display; text kept
 * with its nodes. `wholeBlocks` reads a block whose descendants are all inline-tagged with
 * one textContent call and steps over it, touching none of its nodes.
 */
function walk({ styles, wholeBlocks }) {
  const root = document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const open = [root];
  const blocks = [root];
  let top = 0;
  let current = null;
  const nodes = [];
  const parts = [];
  let chars = 0;
  for (let node = walker.nextNode(); node;) {
    const parent = node.parentNode;
    while (top > 0 && open[top] !== parent) top--;
    if (node.nodeType === Node.TEXT_NODE) {
      const data = node.data;
      const block = blocks[top];
      if (block !== current) {
        if (!NOT_BLANK.test(data)) {
          node = walker.nextNode();
          continue;
        }
        current = block;
        parts.push('\u007f');
      }
      nodes.push(node);
      parts.push(data);
      chars += data.length;
      node = walker.nextNode();
      continue;
    }
    const name = node.localName;
    if (SKIPPED_TAGS.has(name)) {
      node = stepOver(walker);
      continue;
    }
    let inline = INLINE_TAGS.has(name);
    if (inline && styles) {
      const display = getComputedStyle(node).display;
      inline = display.startsWith('inline') || display === 'contents';
    }
    if (!inline && wholeBlocks && node.firstChild && node.querySelector(NOT_INLINE) === null) {
      const text = node.textContent;
      if (NOT_BLANK.test(text)) {
        parts.push('\u007f', text);
        chars += text.length;
      }
      current = null;
      node = stepOver(walker);
      continue;
    }
    open[++top] = node;
    blocks[top] = inline ? blocks[top - 1] : node;
    if (!inline) current = null;
    node = walker.nextNode();
  }
  return chars;
}

globalThis.walkStrategies = {
  /** The bench's floor: every text node's data, nothing else. */
  textNodesOnly() {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += node.data.length;
    return chars;
  },
  /** Elements too, with nothing done to them: what seeing the page's structure costs at least. */
  elementsAndText() {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (node.nodeType === Node.TEXT_NODE) chars += node.data.length;
    return chars;
  },
  ourWalk: () => walk({ styles: true, wholeBlocks: false }),
  ourWalkWithoutStyles: () => walk({ styles: false, wholeBlocks: false }),
  wholeBlocksWithoutStyles: () => walk({ styles: false, wholeBlocks: true }),
};

import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { vi } from 'vitest';

/**
 * A news page parsed by linkedom and made the test's `document` (and its address the test's
 * `location`), with what the content script asks of a browser: a TreeWalker that can step
 * over a subtree (linkedom's only goes forward), NodeFilter, and inline elements laid out inline.
 */
const SHOW_ELEMENT = 1;
const SHOW_TEXT = 4;

class StepWalker {
  currentNode: Node;

  constructor(
    readonly root: Node,
    readonly whatToShow: number,
  ) {
    this.currentNode = root;
  }

  private shown(node: Node): boolean {
    return node.nodeType === 1
      ? (this.whatToShow & SHOW_ELEMENT) !== 0
      : node.nodeType === 3 && (this.whatToShow & SHOW_TEXT) !== 0;
  }

  nextNode(): Node | null {
    let node: Node | null = this.currentNode;
    while (node) {
      let next: Node | null = node.firstChild;
      for (let up: Node | null = node; !next && up && up !== this.root; up = up.parentNode) next = up.nextSibling;
      node = next;
      if (node && this.shown(node)) return (this.currentNode = node);
    }
    return null;
  }

  parentNode(): Node | null {
    for (let node = this.currentNode; node !== this.root && node.parentNode;) {
      node = node.parentNode;
      if (this.shown(node)) return (this.currentNode = node);
    }
    return null;
  }

  nextSibling(): Node | null {
    if (this.currentNode === this.root) return null;
    for (let sibling = this.currentNode.nextSibling; sibling; sibling = sibling.nextSibling) {
      if (this.shown(sibling)) return (this.currentNode = sibling);
    }
    return null;
  }
}

/** Opens `tests/fixtures/<path>` (or the HTML given) as the page the content script runs on. */
export function openPage(htmlOrPath: string, url = 'https://news.example/2017/03/18/story'): Document {
  const html = htmlOrPath.trimStart().startsWith('<')
    ? htmlOrPath
    : readFileSync(`tests/fixtures/${htmlOrPath}`, 'utf8');
  const window = parseHTML(html) as unknown as Window & typeof globalThis;
  const { document } = window;
  document.createTreeWalker = ((root: Node, show: number) =>
    new StepWalker(root, show)) as unknown as Document['createTreeWalker'];
  vi.stubGlobal('document', document);
  vi.stubGlobal('location', new URL(url));
  // linkedom's Node lacks the standard's position constants.
  vi.stubGlobal('Node', Object.assign(window.Node, { DOCUMENT_POSITION_PRECEDING: 2, DOCUMENT_POSITION_FOLLOWING: 4 }));
  vi.stubGlobal('Element', window.Element);
  vi.stubGlobal('ShadowRoot', window.ShadowRoot);
  vi.stubGlobal('NodeFilter', { SHOW_ELEMENT, SHOW_TEXT });
  vi.stubGlobal('getComputedStyle', () => ({ display: 'inline' }));
  return document;
}

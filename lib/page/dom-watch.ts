import { isInline } from './text-blocks';

/**
 * The one place Backstory watches a page's DOM. Mutations are collected into the set of
 * smallest block elements whose text changed and handed over at most once per interval,
 * however fast the page mutates (live blogs, tickers, pages that churn 1,000 times a
 * second), so re-marking never competes with the page for its main thread.
 */
const SETTLE_MS = 150;

export interface DomWatch {
  /** Also watch an open shadow root found while scanning. */
  observe(root: Node): void;
  destroy(): void;
}

function blockFor(node: Node): Element | null {
  let current: Node | null = node.nodeType === Node.ELEMENT_NODE ? node : node.parentNode;
  while (current && current.nodeType === Node.ELEMENT_NODE && isInline(current as Element))
    current = current.parentNode;
  if (current instanceof ShadowRoot) return current.host;
  return current instanceof Element ? current : null;
}

/** Keeps only the outermost of nested roots: rescanning a section covers its paragraphs. */
function outermost(roots: Set<Element>): Element[] {
  return [...roots].filter((root) => {
    for (let up = root.parentElement; up; up = up.parentElement) if (roots.has(up)) return false;
    return true;
  });
}

export function watchDom(
  ignore: (node: Node) => boolean,
  onDirty: (roots: Element[]) => void,
  signal: AbortSignal,
): DomWatch {
  const dirty = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const roots = outermost(dirty);
    dirty.clear();
    if (roots.length) onDirty(roots);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (ignore(record.target)) continue;
      const added = [...record.addedNodes].filter((node) => !ignore(node));
      if (record.type === 'childList' && !added.length && !record.removedNodes.length) continue;
      const block = blockFor(record.target);
      if (block) dirty.add(block);
    }
    if (dirty.size && !timer) timer = setTimeout(flush, SETTLE_MS);
  });
  const observe = (root: Node) => observer.observe(root, { childList: true, characterData: true, subtree: true });
  observe(document.documentElement);
  const destroy = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  signal.addEventListener('abort', destroy);
  return { observe, destroy };
}

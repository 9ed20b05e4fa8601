import type { Mention } from './reading';

interface CaretPoint {
  node: Node;
  offset: number;
}

/**
 * The caret at a point. Without `shadowRoots` the caret APIs stop at a shadow host, so a
 * name inside a web component's open shadow root could never be hovered; the roots on the
 * pointer event's path are the ones to look into.
 */
function caretAt(x: number, y: number, shadowRoots: ShadowRoot[]): CaretPoint | undefined {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y, shadowRoots.length ? { shadowRoots } : undefined);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

function rectsContain(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/**
 * The mention under the pointer, if any. The caret position narrows the search to one
 * text node; the rect check rejects points beside the text, where the caret API still
 * answers with the nearest character.
 */
export function mentionAtPoint(
  x: number,
  y: number,
  byNode: Map<Node, Mention[]>,
  shadowRoots: ShadowRoot[] = [],
): Mention | undefined {
  const caret = caretAt(x, y, shadowRoots);
  if (!caret) return undefined;
  return byNode.get(caret.node)?.find((mention) => rectsContain(mention.range, x, y));
}

/** The first mention inside a focused element, e.g. a link whose text names an actor. */
export function mentionInElement(element: Element, mentions: Mention[]): Mention | undefined {
  return mentions.find((mention) => element.contains(mention.range.startContainer));
}

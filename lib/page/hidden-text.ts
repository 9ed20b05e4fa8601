import { hasInlineTag, isSkippedTag } from './text-blocks';

/** The element above `node`, stepping out of a shadow root to its host. */
function composedParent(node: Node): Element | null {
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

/** Marked by the page as not for the reader (or is our own card). */
function isFlagged(element: Element, ownHost: Element | null): boolean {
  return (
    element === ownHost ||
    isSkippedTag(element) ||
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true'
  );
}

function hasBox(element: Element): boolean {
  return typeof element.checkVisibility !== 'function' || element.checkVisibility();
}

/**
 * Whether text that the walk read is out of a reader's sight or not ours to mark: under a
 * `hidden` or `aria-hidden="true"` element, in an editable region, or in a block that has
 * no box (`display: none` on it or above it). Asked only of text that had a hit, and
 * remembered per element, since a page's hits share their paragraphs and ancestors.
 *
 * The box is asked of the block alone: `display: none` anywhere above it leaves it none.
 * Unlike asking every element on the way, this no longer takes a `display: contents`
 * wrapper (which has no box of its own) for hidden, and the text inside it is marked.
 */
export class HiddenText {
  private readonly flagged = new Map<Element, boolean>();
  private readonly byParent = new Map<Node, boolean>();
  private readonly boxed = new Map<Node, boolean>();

  constructor(private readonly ownHost: Element | null) {}

  /** `holder` is the block the walk put the node in: its nearest ancestor that is not inline. */
  isHidden(node: Text, holder: Node): boolean {
    const parent = node.parentNode;
    if (!parent) return true;
    let hidden = this.byParent.get(parent);
    if (hidden === undefined) {
      const element = parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
      hidden =
        element !== null &&
        ((parent === element && (element as HTMLElement).isContentEditable) || this.underFlagged(element));
      this.byParent.set(parent, hidden);
    }
    return hidden || !this.hasBox(holder);
  }

  /** The element or one of its ancestors is flagged; each element is asked once. */
  private underFlagged(element: Element): boolean {
    const chain: Element[] = [];
    let verdict: boolean | undefined;
    for (let at: Element | null = element; at; at = composedParent(at)) {
      verdict = this.flagged.get(at);
      if (verdict !== undefined) break;
      chain.push(at);
      if (isFlagged(at, this.ownHost)) {
        verdict = true;
        break;
      }
    }
    verdict ??= false;
    for (const at of chain) this.flagged.set(at, verdict);
    return verdict;
  }

  private hasBox(holder: Node): boolean {
    let verdict = this.boxed.get(holder);
    if (verdict === undefined) {
      const element = holder instanceof ShadowRoot ? holder.host : holder instanceof Element ? holder : null;
      verdict = element === null || hasBox(element);
      this.boxed.set(holder, verdict);
    }
    return verdict;
  }
}

/**
 * Whether text under this element is out of bounds because it or an ancestor is (for
 * rescans of a subtree). Checked in full, box included: it is asked once per changed block.
 */
export function isInSkippedSubtree(element: Element, ownHost: Element | null): boolean {
  for (let up: Element | null = element; up; up = composedParent(up)) {
    if (isFlagged(up, ownHost) || (up as HTMLElement).isContentEditable) return true;
    // `display: none` on an inline element is rare next to hidden sections, menus and dialogs.
    if (!hasInlineTag(up) && !hasBox(up)) return true;
  }
  return false;
}

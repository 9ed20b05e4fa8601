/**
 * What a reader sees first: the parts of the page in the window. They are read, matched
 * and painted before the rest of the page (issue 16), so on a 2 MB page the names in view
 * are marked after one small walk and one round trip, not after the whole page's.
 */

/** A part taller than this many windows holds more than a reader sees first: its children are taken instead. */
const MOST_WINDOWS = 1.5;
/** How deep to go into parts taller than that, and how many children in view to take of one. */
const MAX_DEPTH = 12;
const MAX_CHILDREN = 200;

/**
 * The elements in the window, each at most a window and a half tall, none inside another,
 * found by going down from the body into whatever is taller. Children are assumed to be
 * laid out top to bottom, so the first in view is found by halving: a layout that breaks
 * that only changes what is marked first, since the whole page is read next. Layout is
 * already done when the scan starts (after the first frame), so the rectangles cost no
 * layout of their own.
 */
export function partsInView(ownHost: Element): Element[] {
  const height = innerHeight;
  if (!height || !document.body) return [];
  const parts: Element[] = [];
  const visit = (element: Element, depth: number) => {
    const children = element.children;
    for (let i = firstEndingBelowTop(children), taken = 0; i < children.length && taken < MAX_CHILDREN; i++) {
      const child = children[i]!;
      if (child === ownHost) continue;
      const box = child.getBoundingClientRect();
      if (box.top >= height) break;
      if (box.bottom <= 0 || box.height === 0) continue;
      taken += 1;
      if (box.height <= height * MOST_WINDOWS) parts.push(child);
      else if (depth < MAX_DEPTH) visit(child, depth + 1);
    }
  };
  visit(document.body, 0);
  return parts;
}

/** The index of the first child whose box ends below the window's top, children taken as laid out in order. */
function firstEndingBelowTop(children: HTMLCollection): number {
  let low = 0;
  let high = children.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const box = children[middle]!.getBoundingClientRect();
    // An element with no box (a script, a hidden one) says nothing of where it sits: look before it.
    if (box.height > 0 && box.bottom <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

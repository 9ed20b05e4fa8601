import { shadowRootsAround } from '../reading';

/**
 * Places the card beside its mention and keeps it there while the page scrolls, resizes,
 * zooms or reflows. Written for our one card, it does what @floating-ui/dom did for it
 * (which was 7.4 KB of the content script's 33.7 KB gzipped, bench): below the mention or
 * above it when the room there is short, lined up with the mention's start or end edge,
 * moved sideways to stay inside the window, and sized to the room on its side.
 */

/** Between the mention and the card, small enough for the pointer to cross without closing it. */
const GAP = 6;
/** Between the card and the window's edges. */
const MARGIN = 8;
/** A card squeezed below this scrolls off the window rather than into an unusable sliver. */
const MIN_HEIGHT = 120;
/** The card's tallest (card.css); a side with this much room never needs the other. */
const FULL_HEIGHT = 460;

type Side = 'below' | 'above';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function setImportant(element: HTMLElement, name: string, value: string): void {
  element.style.setProperty(name, value, 'important');
}

/** The window without its scrollbars, as the card's `position: fixed` sees it. */
function viewport(): { width: number; height: number } {
  return { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
}

/**
 * A name wrapped over two lines: the card sits under its last line or over its first,
 * lined up with that line, rather than beside the box around both. Rects whose tops are
 * within half a line of each other are one line.
 */
function mentionBox(range: Range, side: Side): Box {
  const rects = [...range.getClientRects()].sort((a, b) => a.top - b.top);
  if (!rects.length) return range.getBoundingClientRect();
  const lines: Box[] = [];
  let previous: DOMRect | undefined;
  for (const rect of rects) {
    const line = lines[lines.length - 1];
    if (!line || !previous || rect.top - previous.top > previous.height / 2) {
      lines.push({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });
    } else {
      line.left = Math.min(line.left, rect.left);
      line.right = Math.max(line.right, rect.right);
      line.bottom = Math.max(line.bottom, rect.bottom);
    }
    previous = rect;
  }
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const edge = side === 'below' ? last : first;
  return { left: edge.left, right: edge.right, top: first.top, bottom: last.bottom };
}

/**
 * Below the mention, unless there is more room above and not enough below for a full
 * card. Chosen once per mention, from the room rather than from the card's height now:
 * a card that is still loading is short, and would otherwise jump sides under the
 * pointer when its details arrive.
 */
function sideFor(range: Range): Side {
  const { top, bottom } = range.getBoundingClientRect();
  const below = viewport().height - bottom;
  return below >= Math.min(FULL_HEIGHT, viewport().height - 16) || below >= top ? 'below' : 'above';
}

/** How far a card of `height` on `side` would reach past the window's margin (negative: it fits). */
function overflow(mention: Box, side: Side, height: number, viewHeight: number): number {
  return side === 'below'
    ? mention.bottom + GAP + height - (viewHeight - MARGIN)
    : MARGIN - (mention.top - GAP - height);
}

/**
 * The card's start edge lines up with the mention's ("start" is the right edge on a
 * right-to-left page), unless that runs it off the window and lining up the end edges
 * does not: a name near the far edge of the line, as in a Latin name in Arabic text.
 */
function alignedX(mention: Box, width: number, rtl: boolean, viewWidth: number): number {
  const start = rtl ? mention.right - width : mention.left;
  const end = rtl ? mention.left : mention.right - width;
  const fits = (x: number) => x >= MARGIN && x + width <= viewWidth - MARGIN;
  return fits(start) || !fits(end) ? start : end;
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, high));

function place(range: Range, host: HTMLElement, preferred: Side, rtl: boolean, sticky: boolean): void {
  const view = viewport();
  let side = preferred;
  let mention = mentionBox(range, side);
  // Once placed, the card changes sides only when scrolling leaves too little room on its own.
  const here = overflow(mention, side, host.getBoundingClientRect().height, view.height);
  if (here > 0) {
    const other: Side = side === 'below' ? 'above' : 'below';
    const there = mentionBox(range, other);
    if (overflow(there, other, host.getBoundingClientRect().height, view.height) < here) {
      side = other;
      mention = there;
    }
  }
  // At 200% zoom or in a short window the card scrolls inside itself rather than off-screen;
  // sized to the room beside the mention, it has no need to cover the mention.
  const room = side === 'below' ? view.height - MARGIN - mention.bottom - GAP : mention.top - GAP - MARGIN;
  setImportant(host, '--backstory-max-height', `${Math.max(MIN_HEIGHT, Math.floor(room))}px`);
  const { width, height } = host.getBoundingClientRect();
  let x = alignedX(mention, width, rtl, view.width);
  let y = side === 'below' ? mention.bottom + GAP : mention.top - GAP - height;
  x = clamp(x, MARGIN, view.width - MARGIN - width);
  // A card the reader holds (pinned, or working in it) stays at the window's edge when its
  // mention scrolls away; a hover card goes with its mention.
  if (sticky) y = clamp(y, MARGIN, view.height - MARGIN - height);
  moveTo(host, x, y);
}

/**
 * Puts the host's corner at (x, y) in the window. `left` and `top` count from the window's
 * corner, unless the page transforms its root (`transform: translateZ(0)`, an old trick for
 * smooth scrolling): then they count from <html>'s box, which scrolls with the page
 * (tests/e2e/card-placement.spec.ts), and the host is moved by the difference.
 */
function moveTo(host: HTMLElement, x: number, y: number): void {
  setImportant(host, 'left', `${Math.round(x)}px`);
  setImportant(host, 'top', `${Math.round(y)}px`);
  const at = host.getBoundingClientRect();
  const origin = { x: at.left - Math.round(x), y: at.top - Math.round(y) };
  if (Math.abs(origin.x) < 1 && Math.abs(origin.y) < 1) return;
  setImportant(host, 'left', `${Math.round(x - origin.x)}px`);
  setImportant(host, 'top', `${Math.round(y - origin.y)}px`);
}

/**
 * A page that zooms its root (`html { zoom: 1.25 }`) zooms the host, its child, too: its
 * size and its `left` and `top`, which are worked out in the window's pixels. The host
 * zooms back out by as much.
 */
function undoRootZoom(host: HTMLElement): void {
  const zoom = Number.parseFloat(getComputedStyle(document.documentElement).zoom) || 1;
  setImportant(host, 'zoom', String(1 / zoom));
}

/**
 * Keeps the card beside its mention: on every scroll (of the page or of any box around the
 * mention), window resize (zoom included), and change of size of the card, of the
 * mention's element or of the document (content loading above the mention moves it).
 * The card's host takes the mention's direction. Returns the function that stops following.
 */
export function followAnchor(anchor: Range, host: HTMLElement, sticky: () => boolean): () => void {
  const element = anchor.startContainer.parentElement;
  const direction = element ? getComputedStyle(element).direction : 'ltr';
  setImportant(host, 'direction', direction);
  undoRootZoom(host);
  const side = sideFor(anchor);
  const update = () => place(anchor, host, side, direction === 'rtl', sticky());
  const resized = new ResizeObserver(update);
  for (const target of [host, element, document.documentElement]) if (target) resized.observe(target);
  const options = { capture: true, passive: true };
  // Scroll events do not leave a shadow root: a box scrolling inside a web component around
  // the mention is heard at its root, each root up to the document's.
  const scrollTargets: EventTarget[] = [window, ...shadowRootsAround(anchor.startContainer)];
  for (const target of scrollTargets) target.addEventListener('scroll', update, options);
  addEventListener('resize', update, options);
  update();
  return () => {
    resized.disconnect();
    for (const target of scrollTargets) target.removeEventListener('scroll', update, options);
    removeEventListener('resize', update, options);
  };
}

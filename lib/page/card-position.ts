import {
  autoUpdate, computePosition, flip, inline, offset, shift, size, type Placement, type VirtualElement,
} from '@floating-ui/dom';

/**
 * A mention is a Range, not an element: floating-ui takes it as a virtual reference, and
 * `contextElement` tells autoUpdate which scroll containers to follow.
 */
function referenceFor(range: Range): VirtualElement {
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: range.startContainer.parentElement ?? undefined,
  };
}

function setImportant(element: HTMLElement, name: string, value: string): void {
  element.style.setProperty(name, value, 'important');
}

/** The card's tallest (card.css); a side with this much room never needs the other. */
const FULL_HEIGHT = 460;

/**
 * Below the mention, unless there is more room above and not enough below for a full
 * card. Chosen once per mention, from the room rather than from the card's height now:
 * a card that is still loading is short, and would otherwise jump sides under the
 * pointer when its details arrive.
 */
function sideFor(reference: VirtualElement): Placement {
  const { top, bottom } = reference.getBoundingClientRect();
  const below = innerHeight - bottom;
  return below >= Math.min(FULL_HEIGHT, innerHeight - 16) || below >= top ? 'bottom-start' : 'top-start';
}

async function place(reference: VirtualElement, floating: HTMLElement, placement: Placement, sticky: boolean): Promise<void> {
  const { x, y } = await computePosition(reference, floating, {
    strategy: 'fixed',
    placement,
    middleware: [
      // A name wrapped over two lines: sit under the line it starts on, not under both.
      inline(),
      offset(6),
      // Once placed, the card flips only when scrolling leaves too little room on its side.
      flip({ padding: 8 }),
      // At 200% zoom or in a short window the card scrolls inside itself rather than off-screen.
      // Before shift: sized to the room beside the mention, it has no need to cover the mention.
      size({
        padding: 8,
        apply: ({ availableHeight }) => setImportant(floating, '--backstory-max-height', `${Math.max(120, Math.floor(availableHeight))}px`),
      }),
      // A card the reader holds (pinned, or working in it) stays at the window's edge when its
      // mention scrolls away; a hover card goes with its mention.
      shift({ padding: 8, crossAxis: sticky }),
    ],
  });
  setImportant(floating, 'left', `${Math.round(x)}px`);
  setImportant(floating, 'top', `${Math.round(y)}px`);
}

/**
 * Keeps the card beside its mention while the page scrolls, resizes or reflows. On a
 * right-to-left page "start" is the right edge, so the host takes the mention's direction.
 * Returns the function that stops following.
 */
export function followAnchor(anchor: Range, floating: HTMLElement, sticky: () => boolean): () => void {
  const element = anchor.startContainer.parentElement;
  setImportant(floating, 'direction', element ? getComputedStyle(element).direction : 'ltr');
  const reference = referenceFor(anchor);
  const side = sideFor(reference);
  return autoUpdate(reference, floating, () => void place(reference, floating, side, sticky()));
}

import { isEnterCardKey } from './card';
import { mentionInElement } from './hit-test';
import type { Mention } from './reading';

export interface KeyboardTarget {
  mentions(): Mention[];
  host(): Element;
  openMention(): Mention | undefined;
  /** Pinned, or the reader is working inside the card: focus leaving a mention does not close it. */
  held(): boolean;
  /** Opens the card of a focused link's mention, leaving focus on the link. */
  openFromLink(mention: Mention, link: Element): void;
  /** Moves focus into the open card. */
  enter(): void;
  close(restoreFocus: boolean): void;
}

/**
 * What took or lost focus. At the document a focus event inside a web component's open
 * shadow root is retargeted to its host, which does not `contains()` the link inside;
 * the path's first step is the link itself (our own closed root stays hidden behind its host).
 */
function focused(event: FocusEvent): EventTarget | null {
  return event.composedPath()[0] ?? event.target;
}

/**
 * A link or other focusable element that names an actor opens its card on focus, as hover
 * does for the mouse, and Alt+Up enters it; Escape closes the card and gives focus back to
 * where it was. Names in plain text are reached by the step commands and the popup's list.
 */
export function followKeyboard(target: KeyboardTarget, signal: AbortSignal): void {
  document.addEventListener(
    'focusin',
    (event) => {
      const element = focused(event);
      if (!(element instanceof Element) || element === target.host()) return;
      const mention = mentionInElement(element, target.mentions());
      if (mention && mention !== target.openMention()) target.openFromLink(mention, element);
    },
    { signal },
  );
  document.addEventListener(
    'focusout',
    (event) => {
      const next = event.relatedTarget;
      if (next === target.host() || target.held()) return;
      const element = focused(event);
      if (target.openMention() && element instanceof Element && mentionInElement(element, target.mentions())) {
        target.close(false);
      }
    },
    { signal },
  );
  document.addEventListener(
    'keydown',
    (event) => {
      if (isEnterCardKey(event) && target.openMention() && document.activeElement !== target.host()) {
        event.preventDefault();
        event.stopPropagation();
        return target.enter();
      }
      // Inside the card, Escape is the card's own: it first cancels a note being edited.
      if (event.key !== 'Escape' || !target.openMention() || document.activeElement === target.host()) return;
      target.close(true);
    },
    { signal, capture: true },
  );
}

import { mentionInElement } from './hit-test';
import type { Mention } from './mentions';

export interface KeyboardTarget {
  mentions(): Mention[];
  host(): Element;
  openMention(): Mention | undefined;
  /** Pinned, or the reader is working inside the card: focus leaving a mention does not close it. */
  held(): boolean;
  open(mention: Mention): void;
  close(restoreFocus: boolean): void;
}

/**
 * A link or other focusable element that names an actor opens its card on focus, as hover
 * does for the mouse; Escape closes the card and gives focus back to where it was.
 */
export function followKeyboard(target: KeyboardTarget, signal: AbortSignal): void {
  document.addEventListener('focusin', (event) => {
    const element = event.target;
    if (!(element instanceof Element) || element === target.host()) return;
    const mention = mentionInElement(element, target.mentions());
    if (mention && mention !== target.openMention()) target.open(mention);
  }, { signal });
  document.addEventListener('focusout', (event) => {
    const next = event.relatedTarget;
    if (next === target.host() || target.held()) return;
    if (target.openMention() && event.target instanceof Element && mentionInElement(event.target, target.mentions())) {
      target.close(false);
    }
  }, { signal });
  document.addEventListener('keydown', (event) => {
    // Inside the card, Escape is the card's own: it first cancels a note being edited.
    if (event.key !== 'Escape' || !target.openMention() || document.activeElement === target.host()) return;
    target.close(true);
  }, { signal, capture: true });
}

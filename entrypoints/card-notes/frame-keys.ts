import type { NotesFrameEvent } from '@/lib/messaging';

interface KeyTarget {
  /** The card keeps Tab inside it (it was opened from the keyboard). */
  trapped: () => boolean;
  send: (event: NotesFrameEvent) => void;
}

/**
 * The card's keys that reach this frame instead of the card: Escape closes the card (a note
 * being written stops it first), and Tab at the frame's edges goes back to the card when the
 * card keeps Tab inside it, rather than on to the page behind.
 */
export function followKeys(target: KeyTarget): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      target.send({ type: 'escape' });
    } else if (event.key === 'Tab' && target.trapped()) {
      const controls = focusableControls();
      const edge = event.shiftKey ? controls[0] : controls.at(-1);
      if (controls.length && document.activeElement !== edge) return;
      event.preventDefault();
      target.send({ type: 'tab-out', direction: event.shiftKey ? 'backward' : 'forward' });
    }
  };
  document.addEventListener('keydown', onKeyDown);
  return () => document.removeEventListener('keydown', onKeyDown);
}

function focusableControls(): HTMLElement[] {
  return [
    ...document.querySelectorAll<HTMLElement>('button:not([disabled]), textarea:not([disabled]), a[href]'),
  ].filter((element) => element.getClientRects().length > 0);
}

/** The card moves Tab into this frame: to its first control, or its last for Shift+Tab. */
export function focusEdge(edge: 'first' | 'last'): void {
  const controls = focusableControls();
  (edge === 'first' ? controls[0] : controls.at(-1))?.focus();
}

import { mentionAtPoint } from './hit-test';
import type { Mention } from './mentions';

export interface PointerTarget {
  byNode(): Map<Node, Mention[]>;
  host(): Element;
  openMention(): Mention | undefined;
  open(mention: Mention): void;
  close(): void;
}

/** Hover intent: a mention opens only if the pointer rests on it; the card forgives a short trip off it. */
const OPEN_DELAY_MS = 250;
const CLOSE_DELAY_MS = 300;

export function followPointer(target: PointerTarget, signal: AbortSignal): void {
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let pending: Mention | undefined;
  let frame = 0;
  let last: PointerEvent | undefined;

  const onCard = (event: PointerEvent) => event.composedPath().includes(target.host());
  const settle = () => {
    frame = 0;
    const event = last!;
    const over = onCard(event) ? target.openMention() : mentionAtPoint(event.clientX, event.clientY, target.byNode());
    if (over && over === target.openMention()) {
      clearTimeout(closeTimer);
      closeTimer = undefined;
    } else if (target.openMention() && !closeTimer) {
      closeTimer = setTimeout(() => { closeTimer = undefined; target.close(); }, CLOSE_DELAY_MS);
    }
    if (over !== pending) {
      clearTimeout(openTimer);
      pending = over;
      if (over && over !== target.openMention()) {
        openTimer = setTimeout(() => { clearTimeout(closeTimer); closeTimer = undefined; target.open(over); }, OPEN_DELAY_MS);
      }
    }
  };
  document.addEventListener('pointermove', (event) => {
    last = event;
    // Hit-testing once per frame keeps a fast-moving pointer cheap.
    frame ||= requestAnimationFrame(settle);
  }, { passive: true, signal });
  signal.addEventListener('abort', () => { clearTimeout(openTimer); clearTimeout(closeTimer); cancelAnimationFrame(frame); });
}

import { DEFAULT_SETTINGS, onSettingsChanged, readSettings, type Settings } from '@/lib/settings';
import { mentionAtPoint } from './hit-test';
import type { Mention } from './reading';

export interface PointerTarget {
  byNode(): Map<Node, Mention[]>;
  host(): Element;
  openMention(): Mention | undefined;
  /** Pinned, or the reader is working inside the card: the pointer neither closes nor replaces it. */
  held(): boolean;
  open(mention: Mention): void;
  close(): void;
}

/** Hover intent, from the reader's settings: a mention opens only if the pointer rests on it; the card forgives a short trip off it. */
function watchDelays(signal: AbortSignal): () => { open: number; close: number } {
  let delays = { open: DEFAULT_SETTINGS.hoverOpenDelayMs, close: DEFAULT_SETTINGS.hoverCloseDelayMs };
  const use = (settings: Settings) => {
    delays = { open: settings.hoverOpenDelayMs, close: settings.hoverCloseDelayMs };
  };
  void readSettings().then(use);
  signal.addEventListener('abort', onSettingsChanged(use));
  return () => delays;
}

export function followPointer(target: PointerTarget, signal: AbortSignal): void {
  const delays = watchDelays(signal);
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let pending: Mention | undefined;
  let frame = 0;
  let last: { x: number; y: number; onCard: boolean; path: EventTarget[] } | undefined;

  const stopClosing = () => {
    clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  const settle = () => {
    frame = 0;
    if (target.held()) {
      stopClosing();
      clearTimeout(openTimer);
      pending = undefined;
      return;
    }
    const { x, y, onCard, path } = last!;
    // The open shadow roots the pointer is in (never our closed one), worked out once per frame.
    const over = onCard
      ? target.openMention()
      : mentionAtPoint(
          x,
          y,
          target.byNode(),
          path.filter((step): step is ShadowRoot => step instanceof ShadowRoot),
        );
    if (over && over === target.openMention()) stopClosing();
    else if (target.openMention() && !closeTimer) {
      closeTimer = setTimeout(() => {
        closeTimer = undefined;
        if (!target.held()) target.close();
      }, delays().close);
    }
    if (over !== pending) {
      clearTimeout(openTimer);
      pending = over;
      if (over && over !== target.openMention()) {
        openTimer = setTimeout(() => {
          if (!target.held()) {
            stopClosing();
            target.open(over);
          }
        }, delays().open);
      }
    }
  };
  document.addEventListener(
    'pointermove',
    (event) => {
      // Read during dispatch: once it is over, an event from a shadow tree has an empty composedPath().
      const path = event.composedPath();
      last = { x: event.clientX, y: event.clientY, onCard: path.includes(target.host()), path };
      // Hit-testing once per frame keeps a fast-moving pointer cheap.
      frame ||= requestAnimationFrame(settle);
    },
    { passive: true, signal },
  );
  signal.addEventListener('abort', () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    cancelAnimationFrame(frame);
  });
}

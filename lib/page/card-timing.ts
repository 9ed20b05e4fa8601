import type { CardOpenTiming } from '@/lib/messaging';

const KEPT = 100;

/**
 * How long each card took from being asked to open (after the hover intent delay, or at
 * once for the keyboard) until its details were painted, for `page/stats` and the
 * benchmark. Nothing is written to the page's performance timeline, which its analytics
 * scripts may read.
 */
export class CardTimings {
  private readonly opens: CardOpenTiming[] = [];

  /** Called right after the details are in the card's DOM. */
  detailsShown(askedAt: number, cached: boolean): void {
    const domMs = performance.now() - askedAt;
    // An animation frame callback runs just before the frame is painted; a task queued from
    // it runs just after. A tab in the background paints nothing and records nothing.
    requestAnimationFrame(() => setTimeout(() => {
      this.opens.push({ cached, domMs, paintedMs: performance.now() - askedAt });
      if (this.opens.length > KEPT) this.opens.shift();
    }));
  }

  list(): CardOpenTiming[] {
    return [...this.opens];
  }
}

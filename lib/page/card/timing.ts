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
  /** The latest opening, until its notes frame says it painted the entity's notes. */
  private latest: { entityId: string; askedAt: number; notesMs?: number; timing?: CardOpenTiming } | undefined;

  /** Called when a card is asked to open. */
  asked(entityId: string, askedAt: number): void {
    this.latest = { entityId, askedAt };
  }

  /** Called right after the details are in the card's DOM. */
  detailsShown(askedAt: number, cached: boolean): void {
    const domMs = performance.now() - askedAt;
    // An animation frame callback runs just before the frame is painted; a task queued from
    // it runs just after. A tab in the background paints nothing and records nothing.
    requestAnimationFrame(() =>
      setTimeout(() => {
        const timing: CardOpenTiming = { cached, domMs, paintedMs: performance.now() - askedAt };
        const latest = this.latest?.askedAt === askedAt ? this.latest : undefined;
        if (latest) {
          latest.timing = timing;
          if (latest.notesMs !== undefined) timing.notesMs = latest.notesMs;
        }
        this.opens.push(timing);
        if (this.opens.length > KEPT) this.opens.shift();
      }),
    );
  }

  /** The notes frame painted an entity's notes; the first such word after an opening times it. */
  notesShown(entityId: string): void {
    const latest = this.latest;
    if (latest?.entityId !== entityId || latest.notesMs !== undefined) return;
    latest.notesMs = performance.now() - latest.askedAt;
    if (latest.timing) latest.timing.notesMs = latest.notesMs;
  }

  list(): CardOpenTiming[] {
    return [...this.opens];
  }
}

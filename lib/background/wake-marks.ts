/**
 * Performance marks on a woken worker's way to its first answer (issue 16), each made once
 * per worker so a long-lived one does not pile them up. The bench reads them through the
 * worker (tests/bench/extension-tab.ts, reported by report-wake.ts) to say where a cold start's time goes.
 */
const made = new Set<string>();

/** lib/store/db.ts writes its two marks with this prefix by hand: the store cannot import the background. */
export const WAKE_MARK_PREFIX = 'backstory:wake:';

export function markWake(step: string): void {
  if (made.has(step)) return;
  made.add(step);
  performance.mark(WAKE_MARK_PREFIX + step);
}

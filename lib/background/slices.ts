import type { Steps } from '@/lib/matcher';

/**
 * How long the worker works before it lets waiting messages and timers in. A tab's
 * request for hits waits at most this long behind a rebuild, on top of the index's
 * `staleAfterMs`; RAIL's 50 ms task budget leaves room for the answer itself.
 */
const SLICE_MS = 8;

/**
 * Runs bounded steps (lib/matcher's steps.ts) in slices of about `sliceMs` of work, with a
 * turn of the event loop between slices, so that a 100,000-alias rebuild (seconds in a
 * loaded worker, issue 16) does not hold every tab's request until it ends.
 */
export async function runInSlices<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  let sliceEnds = performance.now() + sliceMs;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() < sliceEnds) continue;
    await nextTask();
    sliceEnds = performance.now() + sliceMs;
  }
}

/**
 * A macrotask, not `scheduler.yield()`: its continuation is queued ahead of other tasks,
 * and the point is to let the tabs' messages and the stale timer run first.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

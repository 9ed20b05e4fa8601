import type { CDPSession } from 'playwright-core';
import type { TraceEvent } from './trace';

/**
 * Records a Chrome trace through a tab's CDP session (it covers the browser, the GPU
 * process and that tab's renderer). Few categories on purpose: tasks with their thread
 * time (`RunTask` of disabled-by-default-devtools.timeline, which unlike `toplevel`'s
 * task event also spans the microtask checkpoint after the task, where our awaits resume),
 * user-timing marks, and V8's CPU samples. DevTools' full set (`devtools.timeline`,
 * `v8`) logs an event per JS callback; our TreeWalker filter is called once per node,
 * and with those categories on, the content script measured 2-3x slower than without.
 * The sampler costs 20-30% of JS time; peers are traced the same way, so ratios hold.
 */
export const SAMPLED = [
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
];
/** Tasks and marks only: to measure what the sampler itself costs. */
export const UNSAMPLED = ['disabled-by-default-devtools.timeline', 'blink.user_timing'];

/**
 * V8 starts the renderer's sampler from an interrupt, which is only served while
 * JavaScript runs: on an idle about:blank it started 20-40 ms into the next navigation,
 * after the work it was meant to sample had begun. Running a line of script in the page
 * right after Tracing.start gets it going; trace.ts checks that it was running in time.
 */
async function startSampler(cdp: CDPSession): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await cdp.send('Runtime.evaluate', { expression: '0' });
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

export async function startTrace(cdp: CDPSession, categories = SAMPLED): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const collect = (chunk: { value: object[] }) => events.push(...(chunk.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: categories, excludedCategories: ['*'], recordMode: 'recordAsMuchAsPossible' },
  });
  await startSampler(cdp);
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    return events;
  };
}

import type { CDPSession } from 'playwright-core';
import type { TraceEvent } from './trace';

/**
 * Records a Chrome trace through a tab's CDP session (it covers the browser, the GPU
 * process and that tab's renderer). Few categories on purpose: tasks with their thread
 * time, user-timing marks, and V8's CPU samples. DevTools' full set (`devtools.timeline`,
 * `v8`) logs an event per JS callback; our TreeWalker filter is called once per node,
 * and with those categories on, the content script measured 2-3x slower than without.
 * The sampler costs about 20% of JS time; peers are traced the same way, so ratios hold.
 */
export const SAMPLED = ['toplevel', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'];
/** Tasks and marks only: to measure what the sampler itself costs. */
export const UNSAMPLED = ['toplevel', 'blink.user_timing'];

export async function startTrace(cdp: CDPSession, categories = SAMPLED): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const collect = (chunk: { value: object[] }) => events.push(...(chunk.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: categories, excludedCategories: ['*'], recordMode: 'recordAsMuchAsPossible' },
  });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    return events;
  };
}

import type { OurRun } from './extension-tab';
import { median, ms, onPages, storeLabel, table } from './figures';
import type { BenchResults } from './report';

/**
 * Where a woken worker's time goes (issue 16): the marks it makes on its way to the first
 * answer (lib/background/wake-marks.ts), each the median over the cold loads of the first
 * page measured, in ms after the worker started; the columns are ordered as the steps came.
 */
export function wakeSection(results: BenchResults): string[] {
  const page = results.pages[0];
  const measured = onPages(results.dictionaries).filter((d) => d.cold[0]?.some((run) => run.wakeSteps));
  if (!page || !measured.length) return [];
  const runsOf = measured.map((d) => d.cold[0]!);
  const steps = stepOrder(runsOf.flat());
  const rows = measured.map((d, i) => {
    const runs = runsOf[i]!;
    const firstMarkAfterStart = median(
      runs.map((r) => (r.stats.firstMarkAt ?? Number.NaN) - r.loadEventMs - r.workerStartAfterLoadMs),
    );
    return [
      storeLabel(d),
      ms(median(runs.map((r) => r.workerStartAfterLoadMs))),
      ...steps.map((step) => ms(median(runs.map((r) => r.wakeSteps?.[step] ?? Number.NaN)))),
      ms(firstMarkAfterStart),
    ];
  });
  return [
    `## Where a woken worker's time goes (${page.label} page, cold; ms after the worker started)`,
    '',
    table(['Aliases', 'Worker started, ms after load', ...steps, 'First mark in the tab'], rows),
    '',
  ];
}

/** Every step any run marked, by its median time. */
function stepOrder(runs: OurRun[]): string[] {
  const names = new Set(runs.flatMap((r) => Object.keys(r.wakeSteps ?? {})));
  const at = (step: string) => median(runs.map((r) => r.wakeSteps?.[step] ?? Number.NaN));
  return [...names].sort((a, b) => at(a) - at(b));
}

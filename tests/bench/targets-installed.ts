import type { OurRun } from './extension-tab';
import { DEMO_ARTICLE } from './first-page';
import { cpu, firstMark, installedStore, median, ms, times } from './figures';
import type { BenchResults } from './report';
import type { Verdict } from './targets';

/**
 * Issue 12's targets for the store as installed (starter and world packs), each judged on
 * its worst page. Every figure is listed with the page it was measured on, since the worst
 * one names only one of them.
 */
interface Figure {
  value: number;
  where: string;
}

function worstOf(figures: Figure[], higherIsWorse = true): Figure | undefined {
  const sorted = figures
    .filter((f) => Number.isFinite(f.value))
    .sort((a, b) => (higherIsWorse ? b.value - a.value : a.value - b.value));
  return sorted[0];
}

const listed = (figures: Figure[], format: (v: number) => string) =>
  figures.map((f) => `${f.where} ${format(f.value)}`).join(', ');

function floorTarget(results: BenchResults): Verdict {
  const target = "Store as installed: main-thread time ≤ 2× the bare walk in the content script's isolated world";
  const installed = installedStore(results.dictionaries);
  const figures = !installed?.warm.length
    ? []
    : results.pages.map((page, p) => ({
        value: cpu(installed.warm[p]!) / median(results.peers[p]!.floorIsolated.map((r) => r.cpuMs)),
        where: page.label,
      }));
  const worst = worstOf(figures);
  if (!worst) return { target, measured: 'not measured (needs the pages and --peers=floor or all)', pass: undefined };
  return {
    target,
    measured: `worst ${times(worst.value)} (${worst.where}); ${listed(figures, times)}`,
    pass: worst.value <= 2,
  };
}

function firstMarkTarget(results: BenchResults): Verdict {
  const target = 'Store as installed: first mark < 150 ms after load, warm and cold, every page';
  const installed = installedStore(results.dictionaries);
  if (!installed) return { target, measured: 'not measured', pass: undefined };
  const figures = results.pages.flatMap((page, p) => [
    { value: firstMark(installed.warm[p] ?? []), where: `${page.label} warm` },
    { value: firstMark(installed.cold[p] ?? []), where: `${page.label} cold` },
  ]);
  if (installed.demo)
    figures.push(
      { value: firstMark(installed.demo.warm), where: 'demo warm' },
      { value: firstMark(installed.demo.cold), where: 'demo cold' },
    );
  const worst = worstOf(figures);
  if (!worst) return { target, measured: 'not measured', pass: undefined };
  return {
    target,
    measured: `worst ${ms(worst.value)} ms (${worst.where}); ${listed(figures, (v) => `${ms(v)}`)}`,
    pass: worst.value < 150,
  };
}

function longTaskTarget(results: BenchResults): Verdict {
  const target = 'Store as installed: no task over 50 ms CPU on any page, first page after install included';
  const installed = installedStore(results.dictionaries);
  const longest = (runs: OurRun[]) => Math.max(...runs.map((r) => r.trace?.longestCpuMs ?? Number.NaN));
  const figures: Figure[] = [
    ...results.pages.map((page, p) => ({ value: longest(installed?.warm[p] ?? []), where: page.label })),
    ...(installed?.demo ? [{ value: longest([...installed.demo.warm, ...installed.demo.cold]), where: 'demo' }] : []),
    ...results.firstPages.map((first) => ({
      value: longest([first.run]),
      where: `${first.label} first after install`,
    })),
  ];
  const worst = worstOf(figures);
  if (!worst) return { target, measured: 'not measured', pass: undefined };
  return {
    target,
    measured: `longest ${ms(worst.value)} ms (${worst.where}); ${listed(
      figures.filter((f) => Number.isFinite(f.value)),
      ms,
    )}`,
    pass: worst.value <= 50,
  };
}

function firstPageTarget(results: BenchResults): Verdict {
  const target =
    'First page after install (demo article, world pack still being written): first mark < 150 ms after load';
  const demo = results.firstPages.find((first) => first.label === DEMO_ARTICLE);
  if (!demo) return { target, measured: 'not measured', pass: undefined };
  const value = firstMark([demo.run]);
  const before =
    demo.worldPackAfterLoadMs > 0
      ? `the world pack in ${ms(demo.worldPackAfterLoadMs)} ms after load`
      : 'the world pack was in before the load: not a first page';
  return {
    target,
    measured: `${ms(value)} ms (${before})`,
    pass: demo.worldPackAfterLoadMs > 0 ? value < 150 : undefined,
  };
}

export function installedTargets(results: BenchResults): Verdict[] {
  return [floorTarget, firstMarkTarget, longTaskTarget, firstPageTarget].map((check) => check(results));
}

import {
  aliases,
  cpu,
  firstMark,
  generated,
  longestCpu,
  longestWall,
  median,
  ms,
  peer,
  table,
  times,
  wholePage,
} from './figures';
import { firstMarkAfterImport, wholePageAfterImport } from './after-import';
import { REAL_SHAPED_SIZE } from './dictionary';
import { installedTargets } from './targets-installed';
import type { BenchResults } from './report';

/**
 * The targets, each judged on the worst case the run measured. A miss is reported,
 * not raised: the benchmark is a report, and its exit code says only whether it ran.
 */
export interface Verdict {
  target: string;
  measured: string;
  pass: boolean | undefined;
}

function floorTarget(results: BenchResults): Verdict {
  const target = "Main-thread time ≤ 2× the bare walk in the content script's isolated world";
  const ratios = generated(results.dictionaries).flatMap((d) =>
    results.pages.map((page, p) => ({
      isolated: cpu(d.warm[p]!) / median(results.peers[p]!.floorIsolated.map((r) => r.cpuMs)),
      pageWorld: cpu(d.warm[p]!) / median(results.peers[p]!.floor.map((r) => r.cpuMs)),
      where: `${page.label}, ${aliases(d.size)} aliases`,
    })),
  );
  const worst = ratios.sort((a, b) => b.isolated - a.isolated)[0];
  if (!worst || !Number.isFinite(worst.isolated))
    return { target, measured: 'not measured (needs --peers=floor or all)', pass: undefined };
  const best = ratios[ratios.length - 1]!;
  return {
    target,
    measured: `worst ${times(worst.isolated)} (${worst.where}; ${times(worst.pageWorld)} the page-world walk); best ${times(best.isolated)}`,
    pass: worst.isolated <= 2,
  };
}

/**
 * Issue 16: what is in view is marked first. Every generated page and dictionary, warm and
 * cold; the first paint must also have held only marks in or near the window.
 */
function firstVisibleMarkTargets(results: BenchResults): Verdict[] {
  const dictionaries = generated(results.dictionaries);
  const worst = (pick: 'warm' | 'cold') =>
    dictionaries
      .flatMap((d) =>
        results.pages.map((page, p) => ({
          value: firstMark(d[pick][p] ?? []),
          where: `${page.label}, ${aliases(d.size)} aliases`,
        })),
      )
      .filter((f) => Number.isFinite(f.value))
      .sort((a, b) => b.value - a.value)[0];
  const runs = dictionaries.flatMap((d) => [...d.warm.flat(), ...d.cold.flat()]);
  const inView = runs.filter((r) => r.stats.firstMarksInView).length;
  const verdict = (pick: 'warm' | 'cold', limit: number): Verdict => {
    const target = `First visible mark ≤ ${limit} ms after load, ${pick} worker, every generated page`;
    const figure = worst(pick);
    if (!figure) return { target, measured: 'not measured', pass: undefined };
    return {
      target,
      measured: `worst ${ms(figure.value)} ms (${figure.where}); first paint in view on ${inView} of ${runs.length} loads`,
      pass: figure.value <= limit && inView === runs.length,
    };
  };
  return [verdict('cold', 150), verdict('warm', 50)];
}

/**
 * Issue 16: the first page after a reader imports 100,000 names, loaded as the import reports
 * done, marks them at once. Through the editor's import messages (after-import.ts); a dictionary
 * written around the store (store-writer.ts) is what no reader does, and is reported only when the
 * import was not measured.
 */
function afterImportTarget(results: BenchResults): Verdict {
  const target = 'First mark ≤ 150 ms after load on the first page after a 100,000-name import, with the new names';
  const run = results.afterImport;
  if (run) {
    const first = firstMarkAfterImport(run);
    const marked = run.firstLoad.stats.mentionCount >= run.pageMentions;
    return {
      target,
      measured: `${ms(first)} ms; ${run.firstLoad.stats.mentionCount} marks of the page's ${run.pageMentions} imported names, the whole page at ${ms(wholePageAfterImport(run))} ms`,
      pass: first <= 150 && marked,
    };
  }
  const large = results.dictionaries.find((d) => d.size === 100_000 && d.firstLoad);
  if (!large) return { target, measured: 'not measured', pass: undefined };
  const first = firstMark([large.firstLoad!]);
  const whole = wholePage([large.firstLoad!]);
  return {
    target,
    measured: `import not measured; a dictionary written around the store: ${ms(first)} ms (the previous index answering), the new dictionary's marks at ${ms(whole)} ms`,
    pass: undefined,
  };
}

function markjsTarget(results: BenchResults): Verdict {
  const d = results.dictionaries.find((x) => x.size === 1_000 && x.warm.length);
  if (!d) return { target: '≥ 20× faster than mark.js at 1,000 aliases', measured: 'not measured', pass: undefined };
  const ratios = results.pages.map((page, p) => {
    const figure = peer(results.peers[p]!.markjs.get(1_000));
    return {
      ratio: figure ? figure.cpuMs / cpu(d.warm[p]!) : Number.NaN,
      capped: figure?.capped ?? false,
      where: page.label,
    };
  });
  const worst = ratios.sort((a, b) => a.ratio - b.ratio)[0]!;
  const measured = `worst ${worst.capped ? '≥' : ''}${times(worst.ratio)} (${worst.where})`;
  return {
    target: '≥ 20× faster than mark.js at 1,000 aliases',
    measured,
    pass: worst.ratio >= 20 ? true : worst.capped ? undefined : false,
  };
}

/** Issue 3 at 100,000 aliases; issue 13 at 100,000 real-shaped entities (400,000 aliases). */
function scalingTarget(results: BenchResults, size: number, what: string): Verdict {
  const target = `Main-thread time at ${what} ≤ 1.3× that at 100 aliases`;
  const small = results.dictionaries.find((d) => d.size === 100 && d.warm.length);
  const large = results.dictionaries.find((d) => d.size === size && d.warm.length);
  if (!small || !large) return { target, measured: 'not measured', pass: undefined };
  const ratios = results.pages.map((page, p) => ({
    ratio: cpu(large.warm[p]!) / cpu(small.warm[p]!),
    where: page.label,
  }));
  const worst = ratios.sort((a, b) => b.ratio - a.ratio)[0]!;
  return { target, measured: `worst ${worst.ratio.toFixed(2)}× (${worst.where})`, pass: worst.ratio <= 1.3 };
}

function longTaskTarget(results: BenchResults): Verdict {
  const warm = generated(results.dictionaries).flatMap((d) => d.warm);
  if (!warm.length)
    return { target: 'No task over 50 ms (judged on CPU time)', measured: 'not measured', pass: undefined };
  const worstCpu = Math.max(...warm.map(longestCpu));
  const worstWall = Math.max(...warm.map(longestWall));
  return {
    target: 'No task over 50 ms (judged on CPU time)',
    measured: `longest ${ms(worstCpu)} ms CPU, ${ms(worstWall)} ms wall`,
    pass: worstCpu <= 50,
  };
}

function coldFirstMarkTarget(results: BenchResults): Verdict {
  const installed = results.dictionaries.find((d) => d.demo && d.installed);
  if (!installed)
    return {
      target: 'First mark ≤ 150 ms after load, cold worker, demo article',
      measured: 'not measured',
      pass: undefined,
    };
  const value = firstMark(installed.demo!.cold);
  return {
    target: 'First mark ≤ 150 ms after load, cold worker, demo article',
    measured: `${ms(value)} ms (store as installed)`,
    pass: value <= 150,
  };
}

function sizeTarget(results: BenchResults): Verdict {
  const kb = results.contentScript.gzipBytes / 1024;
  return { target: 'Content script ≤ 30 KB gzipped', measured: `${kb.toFixed(1)} KB`, pass: kb <= 30 };
}

export function targetsTable(results: BenchResults): string {
  const verdicts = [floorTarget, markjsTarget, longTaskTarget, coldFirstMarkTarget, sizeTarget]
    .map((check) => check(results))
    .concat(
      scalingTarget(results, 100_000, '100,000 aliases'),
      scalingTarget(results, REAL_SHAPED_SIZE, '100,000 real-shaped entities (400,000 aliases)'),
    )
    .concat(firstVisibleMarkTargets(results), afterImportTarget(results), installedTargets(results));
  const word = (pass: boolean | undefined) => (pass === undefined ? 'UNDECIDED' : pass ? 'PASS' : 'FAIL');
  return table(
    ['Target', 'Measured', 'Result'],
    verdicts.map((v) => [v.target, v.measured, `**${word(v.pass)}**`]),
  );
}

import { afterImportSection, type AfterImportRun } from './after-import';
import type { OurRun } from './extension-tab';
import type { FirstPageRun } from './first-page';
import {
  aliases,
  cpu,
  firstMark,
  generated,
  longestCpu,
  longestWall,
  median,
  ms,
  onPages,
  peer,
  peerMs,
  peerRatio,
  storeLabel,
  table,
  times,
  wall,
  wholePage,
} from './figures';
import type { DictionaryResult } from './ours';
import type { BenchPage } from './pages';
import type { PagePeers } from './peers';
import { installedSection } from './report-installed';
import { wakeSection } from './report-wake';
import { targetsTable } from './targets';
import type { Hotspot } from './trace';

/** Everything one `npm run bench` measured. */
export interface BenchResults {
  pages: BenchPage[];
  /** The store as installed (starter and world packs) first, then the generated dictionaries. */
  dictionaries: DictionaryResult[];
  /** The page opened right after install, each in a fresh profile; empty unless the store as installed was measured. */
  firstPages: FirstPageRun[];
  /** Per page, same order as `pages`. */
  peers: PagePeers[];
  /** The first page after a 100,000-name pack import through the editor's messages; unless --import=no. */
  afterImport?: AfterImportRun;
  contentScript: { bytes: number; gzipBytes: number; source: string };
  environment: {
    chromium: string;
    cores: number;
    loadBefore: number;
    loadAfter: number;
    seconds: number;
    repeats: number;
    capMs: number;
  };
}

function mainThreadTable(results: BenchResults): string {
  const rows = onPages(results.dictionaries).flatMap((d) =>
    results.pages.map((page, p) => {
      const ours = cpu(d.warm[p]!);
      const peers = results.peers[p]!;
      const floor = median(peers.floor.map((r) => r.cpuMs));
      const isolatedFloor = median(peers.floorIsolated.map((r) => r.cpuMs));
      const regex = peer(peers.regex.get(d.size));
      const markjs = peer(peers.markjs.get(d.size));
      const marks = median(d.warm[p]!.map((r) => r.stats.mentionCount));
      const cap = results.environment.capMs;
      const spread = d.warm[p]!.map((r) => r.trace!.cpuMs);
      // The store as installed marks what of the world it finds in the prose, not the names inserted.
      return [
        page.label,
        storeLabel(d),
        `${marks}${d.installed || marks === page.mentions ? '' : ` (≠ ${page.mentions})`}`,
        `**${ms(ours)}** (${ms(Math.min(...spread))}–${ms(Math.max(...spread))})`,
        ms(wall(d.warm[p]!)),
        ms(floor),
        `**${times(ours / floor)}**`,
        ms(isolatedFloor),
        times(ours / isolatedFloor),
        peerMs(regex, cap),
        peerRatio(regex, ours),
        peerMs(markjs, cap),
        peerRatio(markjs, ours),
        `${ms(longestCpu(d.warm[p]!))} (${ms(longestWall(d.warm[p]!))})`,
      ];
    }),
  );
  return table(
    [
      'Page text',
      'Aliases',
      'Marks',
      'Ours ms CPU (min–max)',
      'Ours ms wall',
      'Floor ms',
      'Ours ÷ floor',
      'Floor in an isolated world ms',
      'Ours ÷ that',
      'Regex ms',
      'Regex ÷ ours',
      'mark.js ms',
      'mark.js ÷ ours',
      'Longest task ms CPU (wall)',
    ],
    rows,
  );
}

function tabTable(results: BenchResults): string {
  const busy = (runs: OurRun[]) => ms(median(runs.map((r) => r.stats.busyMs)));
  const rows = onPages(results.dictionaries).flatMap((d) =>
    results.pages.map((page, p) => {
      const heap = median(d.cold[p]!.map((r) => r.heapBytes ?? Number.NaN)) - median(results.peers[p]!.heapBytes);
      return [
        page.label,
        storeLabel(d),
        `${busy(d.warm[p]!)} / ${busy(d.cold[p]!)}`,
        ms(Math.max(...d.warm[p]!.map((r) => r.stats.longestSliceMs))),
        ms(median(d.warm[p]!.map((r) => r.stats.slices))),
        ms(firstMark(d.warm[p]!)),
        ms(firstMark(d.cold[p]!)),
        `${(heap / 1048576).toFixed(1)} MB`,
      ];
    }),
  );
  return table(
    [
      'Page text',
      'Aliases',
      'busyMs traced / untraced',
      'Longest slice ms',
      'Slices',
      'First mark warm',
      'First mark cold',
      'JS heap added',
    ],
    rows,
  );
}

function demoTable(results: BenchResults): string {
  const start = (runs: OurRun[]) => ms(median(runs.map((r) => r.trace?.startAfterLoadMs ?? Number.NaN)));
  const rows = results.dictionaries
    .filter((d) => d.demo)
    .map((d) => [
      d.installed ? `${aliases(d.size)} (starter and world packs, as installed)` : aliases(d.size),
      ms(firstMark(d.demo!.warm)),
      ms(firstMark(d.demo!.cold)),
      start(d.demo!.cold),
      ms(median(d.demo!.cold.map((r) => r.workerStartAfterLoadMs))),
      ms(median(d.demo!.cold.map((r) => r.stats.firstMarkAt ?? Number.NaN))),
      ms(median(d.demo!.cold.map((r) => r.loadEventMs))),
      ms(cpu(d.demo!.cold)),
    ]);
  return table(
    [
      'Store (aliases)',
      'First mark warm',
      'First mark cold',
      'Cold: content script started',
      'Cold: worker started',
      'Cold: first mark after navigation start',
      'Cold: load event at',
      'Cold: our main-thread ms CPU',
    ],
    rows,
  );
}

const megabytes = (bytes: number | undefined) =>
  bytes === undefined || !Number.isFinite(bytes) ? '–' : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function rebuildTable(results: BenchResults): string {
  const rows = results.dictionaries
    .filter((d) => d.firstLoad)
    .map((d) => [
      storeLabel(d),
      ms(firstMark([d.firstLoad!])),
      ms(wholePage([d.firstLoad!])),
      megabytes(d.indexCacheBytes),
    ]);
  return table(
    ['Aliases', 'First mark, ms after load', 'Whole page marked by the new index, ms after load', 'Index cache'],
    rows,
  );
}

/** The code a profiler frame points at (0-based line and column), to find a minified function. */
function codeAt(source: string, spot: Hotspot): string {
  if (spot.column === undefined) return '';
  const lines = source.split('\n');
  const text = lines[spot.line ?? 0]?.slice(spot.column, spot.column + 70) ?? '';
  return `\`${text.replace(/[`|]/g, ' ')}\``;
}

/** Averages the hotspots of several runs. */
function hotspotTable(lists: Hotspot[][], source: string, runs: number): string {
  const total = new Map<string, Hotspot>();
  for (const spot of lists.flat()) {
    const key = `${spot.name}@${spot.line ?? ''}:${spot.column ?? ''}`;
    total.set(key, { ...spot, ms: (total.get(key)?.ms ?? 0) + spot.ms / runs });
  }
  const rows = [...total.values()]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 12)
    .map((s) => [
      s.name,
      ms(s.ms),
      s.column === undefined ? '' : `${(s.line ?? 0) + 1}:${s.column + 1}`,
      codeAt(source, s),
    ]);
  return table(['Top frame (minified name)', 'ms per load', 'content.js line:col', 'Code there'], rows);
}

/** Where the time of the worst run's longest task went. */
function longestTaskSection(runs: OurRun[], source: string): string {
  const worst = runs.reduce((a, r) => (r.trace!.longestCpuMs > a.trace!.longestCpuMs ? r : a));
  return `Its longest task, ${ms(worst.trace!.longestCpuMs)} ms CPU:\n\n${hotspotTable([worst.trace!.longestTaskHotspots], source, 1)}`;
}

function notes(results: BenchResults): string {
  const env = results.environment;
  const pages = results.pages.map((page, p) => {
    const floor = results.peers[p]!.floor[0];
    return `${page.label}: ${ms((floor?.textChars ?? 0) / 1000)} k characters in ${ms(floor?.textNodes ?? 0)} text nodes, ${page.mentions} names inserted`;
  });
  const overhead = median(
    results.peers.map((p) => median(p.floor.map((r) => r.cpuMs)) / median(p.floorUnsampled.map((r) => r.cpuMs))),
  );
  const restarted = results.dictionaries.flatMap((d) => d.warm.flat()).filter((r) => r.workerRestarted).length;
  return [
    `- ${env.chromium}, ${env.cores} cores, load average ${env.loadBefore.toFixed(1)} before and ${env.loadAfter.toFixed(1)} after; ${Math.round(env.seconds)} s in all. Medians of ${env.repeats} loads (the extension: ${results.pages.map((p) => `${p.repeats} on the ${p.label} page`).join(', ')}).`,
    `- Pages: ${pages.join('; ')}.`,
    "- Main-thread time is the CPU (thread) time of the tab's main-thread tasks in which a CPU sample shows the content script, from a Chrome trace of the load. Peers are traced the same way, each on a fresh load in a browser without the extension. The sampler takes one sample per ~0.2 ms, so a task shorter than that can be missed: on the 50 KB page, read the min–max too.",
    '- "Peer ÷ ours" above 1 means the content script is that many times faster than the peer; below 1, slower.',
    `- The trace's CPU sampler adds about ${times(overhead)} to the floor's time (floor traced with vs without it); it applies to ours and the peers alike.`,
    '- "Floor in an isolated world": the same bare TreeWalker pass run in a world of its own (CDP Page.createIsolatedWorld), as every content script runs; each node it touches needs a wrapper of that world\'s. It is what any content script\'s single pass over the page costs at least.',
    '- Demo article, cold: every time is ms after the load event; "worker started" is the service worker\'s time origin, so first mark minus it is what the woken worker took (start-up, store, index, matching) plus the reply.',
    "- busyMs is the content script's own account (page/stats: wall time of its slices, GC and preemption included, message waits excluded). First mark: page/stats firstMarkAt minus the load event, wall time.",
    '- JS heap added: JSHeapUsedSize after a forced GC, tab with the extension (cold load) minus the same page in a browser without it.',
    `- Content script: ${ms(results.contentScript.bytes / 1024)} KB, ${ms(results.contentScript.gzipBytes / 1024)} KB gzipped (level 9).`,
    ...(restarted
      ? [`- ${restarted} warm run(s) found the service worker restarted: their first mark is a cold one.`]
      : []),
  ].join('\n');
}

export function renderReport(results: BenchResults): string {
  const biggest = generated(results.dictionaries).at(-1);
  const heaviest = results.pages.length - 1;
  return [
    '# Backstory benchmark',
    '',
    '## Main-thread time, generated news pages',
    '',
    mainThreadTable(results),
    '',
    "## The tab's own account, first mark and memory",
    '',
    tabTable(results),
    '',
    '## First mark on the demo article (tests/fixtures/demo)',
    '',
    demoTable(results),
    '',
    '## First load after a dictionary was written around the store (the previous index answers while the new one is built)',
    '',
    rebuildTable(results),
    '',
    ...afterImportSection(results.afterImport),
    ...wakeSection(results),
    ...installedSection(results),
    '## Targets',
    '',
    targetsTable(results),
    '',
    ...(biggest
      ? [
          `## Where the content script's time goes (${results.pages[heaviest]!.label} page, ${aliases(biggest.size)} aliases)`,
          '',
          hotspotTable(
            biggest.warm[heaviest]!.map((r) => r.trace!.hotspots),
            results.contentScript.source,
            biggest.warm[heaviest]!.length,
          ),
          '',
          longestTaskSection(biggest.warm[heaviest]!, results.contentScript.source),
          '',
        ]
      : []),
    '## How this was measured',
    '',
    notes(results),
    '',
  ].join('\n');
}

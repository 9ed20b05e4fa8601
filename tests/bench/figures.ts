import type { OurRun } from './extension-tab';
import type { DictionaryResult } from './ours';
import type { PeerRun } from './peers';

/** Medians and number formats shared by the report's tables and its targets. */
export const median = (values: number[]) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return sorted.length ? sorted[(sorted.length - 1) >> 1]! : Number.NaN;
};
export const ms = (value: number) =>
  !Number.isFinite(value) ? '–' : value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en');
export const times = (value: number) =>
  !Number.isFinite(value) ? '–' : value < 10 ? `${value.toFixed(1)}×` : `${Math.round(value)}×`;
export const aliases = (n: number) => n.toLocaleString('en');
export const table = (head: string[], rows: string[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

export const cpu = (runs: OurRun[]) => median(runs.map((r) => r.trace!.cpuMs));
export const wall = (runs: OurRun[]) => median(runs.map((r) => r.trace!.wallMs));
/** First mark, ms after the load event (negative: before it). */
export const firstMark = (runs: OurRun[]) =>
  median(runs.map((r) => (r.stats.firstMarkAt ?? Number.NaN) - r.loadEventMs));
/** When the whole page was last painted, ms after the load: after a stale index's answer, the fresh one's. */
export const wholePage = (runs: OurRun[]) =>
  median(runs.map((r) => (r.stats.wholePagePaintedAt ?? Number.NaN) - r.loadEventMs));
export const longestCpu = (runs: OurRun[]) => Math.max(...runs.map((r) => r.trace!.longestCpuMs));
export const longestWall = (runs: OurRun[]) => Math.max(...runs.map((r) => r.trace!.longestWallMs));

export interface PeerFigure {
  cpuMs: number;
  capped: boolean;
}
export function peer(runs: PeerRun[] | undefined): PeerFigure | undefined {
  if (!runs?.length) return undefined;
  const capped = runs.find((r) => r.capped);
  return capped ? { cpuMs: capped.cpuMs, capped: true } : { cpuMs: median(runs.map((r) => r.cpuMs)), capped: false };
}
export const peerMs = (figure: PeerFigure | undefined, capMs: number) =>
  !figure ? 'not run' : figure.capped ? `>cap (${capMs / 1000} s wall; ${ms(figure.cpuMs)} CPU)` : ms(figure.cpuMs);
export const peerRatio = (figure: PeerFigure | undefined, ours: number) =>
  !figure ? '' : `${figure.capped ? '≥' : ''}${times(figure.cpuMs / ours)}`;

/** The generated dictionaries that were measured on the pages. */
export function generated(dictionaries: DictionaryResult[]): DictionaryResult[] {
  return dictionaries.filter((d) => d.warm.length && !d.installed);
}

/** Every store measured on the pages, the one as installed first. */
export function onPages(dictionaries: DictionaryResult[]): DictionaryResult[] {
  return dictionaries.filter((d) => d.warm.length);
}

export const installedStore = (dictionaries: DictionaryResult[]) => dictionaries.find((d) => d.installed);
export const storeLabel = (d: DictionaryResult) =>
  d.installed ? `${aliases(d.size)} (as installed)` : aliases(d.size);

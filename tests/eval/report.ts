import { meetsTargets, TARGETS, type CorpusScore } from './evaluate';
import type { Finding, Totals } from './score';

const COLUMNS = ['page', 'marks', 'TP', 'FP', 'FN', 'precision', 'recall'];

function row(page: string, t: Pick<Totals, 'marks' | 'tp' | 'fp' | 'fn' | 'precision' | 'recall'>): string[] {
  return [page, String(t.marks), String(t.tp), String(t.fp), String(t.fn), t.precision.toFixed(3), t.recall.toFixed(3)];
}

function table(rows: string[][]): string {
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((cell, i) => (i ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(rows[0]!), rule, ...rows.slice(1, -1).map(line), rule, line(rows.at(-1)!)].join('\n');
}

function finding(f: Finding): string {
  const where = f.occurrence === null ? '' : ` #${f.occurrence}`;
  return `  ${f.verdict} "${f.text}"${where} ${f.kind}${f.note ? ` — ${f.note}` : ''}\n       ${f.context}`;
}

/** The report `npm run eval` prints: the table, then every FP, FN and gold error by page, then the verdict. */
export function formatReport({ pages, totals }: CorpusScore): string {
  const rows = [COLUMNS, ...pages.map((p) => row(p.page, {
    ...p,
    precision: p.tp + p.fp ? p.tp / (p.tp + p.fp) : 1,
    recall: p.tp + p.fn ? p.tp / (p.tp + p.fn) : 1,
  })), row('overall', totals)];
  const details = pages
    .filter((p) => p.findings.length || p.goldErrors.length)
    .map((p) => [
      `\n${p.page}`,
      ...p.goldErrors.map((error) => `  GOLD ${error}`),
      ...p.findings.map(finding),
    ].join('\n'));
  const verdict = meetsTargets(totals) ? 'PASS' : 'FAIL';
  const target = `precision ${totals.precision.toFixed(3)} (target ≥ ${TARGETS.precision}), recall ${totals.recall.toFixed(3)} (target ≥ ${TARGETS.recall})`;
  return [table(rows), ...details, `\n${verdict}: ${target}`].join('\n');
}

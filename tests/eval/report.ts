import { verdicts, type CorpusScore, type Evaluation, type PageResult } from './evaluate';
import type { Finding, Totals } from './score';
import { TOP_SUGGESTIONS, type SuggestionScore } from './suggestions';

const COLUMNS = ['page', 'marks', 'TP', 'FP', 'FN', 'precision', 'coverage', 'suggested good/bad/other'];

type Counts = Pick<Totals, 'marks' | 'tp' | 'fp' | 'fn' | 'precision' | 'recall'>;

const ratio = (part: number, whole: number) => (whole ? part / whole : 1);

function suggestionCell(s: Pick<SuggestionScore, 'good' | 'bad' | 'other'> | undefined): string {
  return s ? `${s.good}/${s.bad}/${s.other}` : '-';
}

function row(page: string, t: Counts, suggestions?: Pick<SuggestionScore, 'good' | 'bad' | 'other'>): string[] {
  return [
    page,
    String(t.marks),
    String(t.tp),
    String(t.fp),
    String(t.fn),
    t.precision.toFixed(3),
    t.recall.toFixed(3),
    suggestionCell(suggestions),
  ];
}

function table(rows: string[][], header = COLUMNS): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r.map((cell, i) => (i ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.slice(0, -1).map(line), rule, line(rows.at(-1)!)].join('\n');
}

/** The pages' suggestion scores added up, or undefined when no page's gold judges suggestions. */
function sumSuggestions(pages: PageResult[]) {
  const judged = pages.flatMap((p) => (p.suggestions ? [p.suggestions] : []));
  if (!judged.length) return undefined;
  const sum = (key: 'good' | 'bad' | 'other') => judged.reduce((total, s) => total + s[key], 0);
  return { pages: judged.length, good: sum('good'), bad: sum('bad'), other: sum('other') };
}

function corpusTable({ corpus, pages, totals }: CorpusScore): string {
  const rows = pages.map((p) =>
    row(
      p.page,
      {
        ...p,
        precision: ratio(p.tp, p.tp + p.fp),
        recall: ratio(p.tp, p.tp + p.fn),
      },
      p.suggestions,
    ),
  );
  return `${corpus} (${pages.length} pages)\n${table([...rows, row('total', totals, sumSuggestions(pages))])}`;
}

/** False marks by trap category: one column per corpus and one for all of them. */
function categoryTable({ corpora, totals }: Evaluation): string {
  const categories = Object.keys(totals.falseMarksByTrap).sort();
  if (!categories.length) return 'False marks by trap category: none';
  const count = (t: Totals, category: string) => String(t.falseMarksByTrap[category] ?? 0);
  const rows = categories.map((category) => [
    category,
    ...corpora.map((c) => count(c.totals, category)),
    count(totals, category),
  ]);
  const all = ['all false marks', ...corpora.map((c) => String(c.totals.fp)), String(totals.fp)];
  return table([...rows, all], ['false marks by trap category', ...corpora.map((c) => c.corpus), 'all']);
}

/** Issue 12's target, "at least 8 of the top 10 are real names": at most 2 of what is shown are not good. */
const meetsSuggestionTarget = (s: SuggestionScore) => s.bad + s.other <= TOP_SUGGESTIONS - 8;

function suggestionSummary({ corpora }: Evaluation): string[] {
  const judged = corpora.flatMap((c) => c.pages.flatMap((p) => (p.suggestions ? [p.suggestions] : [])));
  const sum = sumSuggestions(corpora.flatMap((c) => c.pages));
  if (!sum) return [];
  const shown = sum.good + sum.bad + sum.other;
  return [
    `Suggestions: of the top ${TOP_SUGGESTIONS} "Not yet in your store" names on ${sum.pages} pages, ${shown} shown: ` +
      `${sum.good} good (${(100 * ratio(sum.good, shown)).toFixed(0)}%), ${sum.bad} bad, ${sum.other} in neither list; ` +
      `${judged.filter(meetsSuggestionTarget).length} of ${judged.length} pages have at most 2 names that are not good`,
  ];
}

function dateSummary({ corpora }: Evaluation): string[] {
  const judged = corpora.flatMap((c) => c.pages.flatMap((p) => (p.date ? [p.date] : [])));
  if (!judged.length) return [];
  return [`Article date: right on ${judged.filter((d) => d.right).length} of ${judged.length} pages`];
}

function dateLine({ date }: PageResult): string[] {
  if (!date) return [];
  const said = date.published ? `${date.published} (from ${date.from ?? '?'})` : 'no date';
  return [`  date: ${date.right ? 'right' : 'WRONG'}, ${said}; gold ${date.expected ?? 'no date'}`];
}

function finding(f: Finding): string {
  const where = f.occurrence === null ? '' : ` #${f.occurrence}`;
  return `  ${f.verdict} "${f.text}"${where} ${f.kind}${f.note ? ` — ${f.note}` : ''}\n       ${f.context}`;
}

function pageDetails(corpus: string, p: PageResult): string[] {
  if (!p.findings.length && !p.goldErrors.length && !p.suggestions && !p.date) return [];
  const suggested = p.suggestions
    ? [`  suggested: ${p.suggestions.shown.map((name) => `"${name}"`).join(', ') || '(nothing)'}`]
    : [];
  return [
    [
      `${corpus}/${p.page}`,
      ...dateLine(p),
      ...suggested,
      ...p.goldErrors.map((error) => `  GOLD ${error}`),
      ...p.findings.map(finding),
    ].join('\n'),
  ];
}

/**
 * The report `npm run eval` prints: a table per corpus, false marks by trap category, the
 * suggestions' quality, the article dates, then every FP, FN and gold error by page, then each target's verdict.
 */
export function formatReport(evaluation: Evaluation): string {
  const { corpora, totals } = evaluation;
  const details = corpora.flatMap((c) => c.pages.flatMap((p) => pageDetails(c.corpus, p)));
  const verdictLines = verdicts(evaluation).map((v) => `${v.met ? 'PASS' : 'FAIL'}: ${v.says}`);
  return [
    ...corpora.map(corpusTable),
    `all corpora: precision ${totals.precision.toFixed(3)}, coverage ${totals.recall.toFixed(3)} (${totals.tp} TP, ${totals.fp} FP, ${totals.fn} FN)`,
    categoryTable(evaluation),
    ...suggestionSummary(evaluation),
    ...dateSummary(evaluation),
    ...details,
    verdictLines.join('\n'),
  ].join('\n\n');
}

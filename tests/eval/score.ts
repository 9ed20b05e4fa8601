import type { Gold, GoldMention, GoldTrap } from './gold';
import type { PackEntities } from './pack-entities';
import type { PageReading, ReadMark } from './visible-text';

/** A false positive or false negative, with what is needed to tell a gold error from an extension error. */
export interface Finding {
  verdict: 'FP' | 'FN';
  text: string;
  /** Which occurrence of `text` in the visible text; null for a mark outside it. */
  occurrence: number | null;
  kind: string;
  /** 40 characters either side, the text itself in [brackets]. */
  context: string;
  note?: string;
}

export interface PageScore {
  page: string;
  marks: number;
  tp: number;
  fp: number;
  fn: number;
  findings: Finding[];
  /** Marks on mentions the gold calls ambiguous, which count neither way. */
  ignored: number;
  /** Gold entries that cannot be right whatever the extension does. */
  goldErrors: string[];
  /** False marks by the trap category they fell into (see `trapCategory`). */
  falseMarksByTrap: Record<string, number>;
}

interface Span {
  start: number;
  end: number;
}

interface Expected {
  entry: GoldMention;
  kind: string | undefined;
  at: Span | undefined;
}

const CONTEXT_CHARS = 40;

/** Start of every occurrence of `needle` in `haystack`, overlapping ones included. */
export function occurrencesOf(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

function contextOf(text: string, { start, end }: Span): string {
  const flat = (s: string) => s.replace(/\n/g, ' ⏎ ');
  const before = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  return `${flat(before)}[${flat(text.slice(start, end))}]${flat(text.slice(end, end + CONTEXT_CHARS))}`;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Where a false mark is counted: its trap's category, or what else it was. */
function trapCategory(trap: GoldTrap | undefined, nearGold: boolean): string {
  if (trap) return trap.category ?? 'uncategorised trap';
  return nearGold ? 'wrong span or kind' : 'not in gold';
}

function unknownEntity(entityId: string, { joined }: PackEntities): string {
  const holder = joined.get(entityId);
  return holder ? `${entityId} joins ${holder} in the store: name that` : `${entityId} is in no installed pack`;
}

/** Finds each gold entry's text in the page, noting entries that cannot be right. */
function locateGold(gold: Gold, pageText: string, entities: PackEntities, goldErrors: string[]) {
  const locate = (what: string, { text, occurrence }: { text: string; occurrence: number }) => {
    const found = occurrencesOf(pageText, text);
    const at = found[occurrence - 1];
    if (at !== undefined) return { start: at, end: at + text.length };
    goldErrors.push(`${what} "${text}" #${occurrence}: the visible text has ${found.length} occurrence(s)`);
    return undefined;
  };
  const unknown = new Map<string, string[]>();
  const expected: Expected[] = gold.mustMark.map((entry) => {
    const kind = entities.kinds.get(entry.entityId);
    if (!kind)
      unknown.set(entry.entityId, [...(unknown.get(entry.entityId) ?? []), `"${entry.text}" #${entry.occurrence}`]);
    return { entry, kind, at: locate('mustMark', entry) };
  });
  // One line per entity: a pack not built yet would otherwise fill the report with one line per mention.
  for (const [entityId, mentions] of unknown)
    goldErrors.push(`mustMark ${mentions.join(', ')}: ${unknownEntity(entityId, entities)}`);
  const traps: LocatedTrap[] = gold.mustNotMark.flatMap((trap) => {
    const at = locate('mustNotMark', trap);
    return at ? [{ trap, at }] : [];
  });
  const ambiguous = (gold.ambiguous ?? []).flatMap((entry) => {
    const at = locate('ambiguous', entry);
    return at ? [at] : [];
  });
  return { expected, traps, ambiguous };
}

interface LocatedTrap {
  trap: GoldTrap;
  at: Span;
}

/** A mark no gold entry took: noted with the trap, or the gold entry, it lies on. */
function falseMark(
  at: Span,
  kind: string,
  text: string,
  same: Expected[],
  matched: Set<Expected>,
  expected: Expected[],
  traps: LocatedTrap[],
) {
  const markText = text.slice(at.start, at.end);
  const trap = traps.find((t) => overlaps(t.at, at));
  const near = expected.find((e) => e.at && overlaps(e.at, at));
  const twice = same.length > 0 && same.every((e) => matched.has(e));
  const note = twice
    ? 'marked twice'
    : trap
      ? `mustNotMark "${trap.trap.text}": ${trap.trap.why}`
      : near
        ? `gold has "${near.entry.text}" #${near.entry.occurrence} here as ${near.kind ?? '?'} (${near.entry.entityId})`
        : undefined;
  const finding: Finding = {
    verdict: 'FP',
    text: markText,
    occurrence: occurrencesOf(text, markText).indexOf(at.start) + 1,
    kind,
    context: contextOf(text, at),
    note,
  };
  return { finding, category: twice ? 'marked twice' : trapCategory(trap?.trap, near !== undefined) };
}

/**
 * Scores one page. A mark is a true positive when a mustMark entry has its text, its
 * occurrence and its kind (each entry matches one mark at most); every other mark is a
 * false positive; every mustMark entry left unmatched is a false negative.
 */
export function scorePage(page: string, gold: Gold, reading: PageReading, entities: PackEntities): PageScore {
  const { text } = reading;
  const goldErrors: string[] = [];
  const { expected, traps, ambiguous } = locateGold(gold, text, entities, goldErrors);
  const findings: Finding[] = [];
  const matched = new Set<Expected>();
  const falseMarksByTrap: Record<string, number> = {};
  let ignored = 0;
  const countFalseMark = (category: string) => {
    falseMarksByTrap[category] = (falseMarksByTrap[category] ?? 0) + 1;
  };

  for (const mark of reading.marks) {
    if (mark.start === null || mark.end === null || mark.end <= mark.start) {
      findings.push({
        verdict: 'FP',
        text: mark.raw,
        occurrence: null,
        kind: mark.kind,
        context: '',
        note: 'marked text a reader cannot see',
      });
      countFalseMark('hidden text');
      continue;
    }
    const at = { start: mark.start, end: mark.end };
    const same = expected.filter((e) => e.at?.start === at.start && e.at.end === at.end);
    const hit = same.find((e) => !matched.has(e) && (e.kind === undefined || e.kind === mark.kind));
    if (hit) {
      matched.add(hit);
      continue;
    }
    if (ambiguous.some((span) => overlaps(span, at))) {
      ignored += 1;
      continue;
    }
    const { finding, category } = falseMark(at, mark.kind, text, same, matched, expected, traps);
    countFalseMark(category);
    findings.push(finding);
  }

  // A miss of an entity no installed pack has is already said, once per entity, by a GOLD line.
  for (const e of expected.filter((e) => !matched.has(e) && e.kind !== undefined)) findings.push(missed(e, reading));
  const fp = findings.filter((f) => f.verdict === 'FP').length;
  const fn = expected.length - matched.size;
  return {
    page,
    marks: reading.marks.length,
    tp: matched.size,
    fp,
    fn,
    findings,
    goldErrors,
    falseMarksByTrap,
    ignored,
  };
}

function missed({ entry, kind, at }: Expected, reading: PageReading): Finding {
  const overlapping = (m: ReadMark) =>
    at && m.start !== null && m.end !== null && overlaps(at, { start: m.start, end: m.end });
  const instead = reading.marks
    .filter(overlapping)
    .map((m) => `"${reading.text.slice(m.start!, m.end!)}" as ${m.kind}`);
  return {
    verdict: 'FN',
    text: entry.text,
    occurrence: entry.occurrence,
    kind: `${kind ?? '?'} (${entry.entityId})`,
    context: at ? contextOf(reading.text, at) : '',
    note: !at ? 'gold: no such occurrence' : instead.length ? `marked instead: ${instead.join(', ')}` : undefined,
  };
}

export interface Totals {
  marks: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  falseMarksByTrap: Record<string, number>;
}

type Counted = Pick<PageScore, 'marks' | 'tp' | 'fp' | 'fn'> & Partial<Pick<PageScore, 'falseMarksByTrap'>>;

function sumCategories(scores: Counted[]): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const [category, count] of scores.flatMap((score) => Object.entries(score.falseMarksByTrap ?? {}))) {
    sums[category] = (sums[category] ?? 0) + count;
  }
  return sums;
}

/** Micro-averaged: every mark and every gold entry of every page counts the same. */
export function totalsOf(scores: Counted[]): Totals {
  const sum = (key: 'marks' | 'tp' | 'fp' | 'fn') => scores.reduce((total, score) => total + score[key], 0);
  const [tp, fp, fn] = [sum('tp'), sum('fp'), sum('fn')];
  return {
    marks: sum('marks'),
    tp,
    fp,
    fn,
    precision: tp + fp ? tp / (tp + fp) : 1,
    recall: tp + fn ? tp / (tp + fn) : 1,
    falseMarksByTrap: sumCategories(scores),
  };
}

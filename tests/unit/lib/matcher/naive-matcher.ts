/**
 * A deliberately simple reference: try every alias at every position, collect all valid
 * candidates, sort, pick leftmost-longest. Quadratic, but obviously right, which is the
 * point: the property test holds the automaton to it.
 */
import { foldText, type AliasEntry, type MatchHit } from '@/lib/matcher';
import { getFoldTables } from '@/lib/matcher/fold';

// Combining marks are listed on purpose: the class matches a lone mark, never a joined sequence.
// eslint-disable-next-line no-misleading-character-class
const TRANSPARENT = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u00ad]/;
const WORD = /^[\p{L}\p{N}\p{M}]$/u;

interface Candidate {
  start: number;
  end: number;
  entry: number;
}

function baseFold(s: string): string {
  const { base } = getFoldTables();
  return Array.from(s, (ch) => (ch.length === 1 ? String.fromCharCode(base[ch.charCodeAt(0)]!) : ch)).join('');
}

function keysOf(alias: string): { key: string; caseKey: string } {
  const stripped = [...alias.normalize('NFC')].filter((ch) => !TRANSPARENT.test(ch)).join('');
  const caseKey = baseFold(stripped).replace(/ +/g, ' ').replace(/^ | $/g, '');
  return { key: foldText(caseKey), caseKey };
}

/** Text offsets of the units the matcher "sees": no transparent units, one space per run. */
function seenPositions(text: string): number[] {
  const folded = foldText(text);
  const positions: number[] = [];
  let lastSpace = true;
  for (let i = 0; i < text.length; i++) {
    if (TRANSPARENT.test(text[i]!)) continue;
    const space = folded[i] === ' ';
    if (space && lastSpace) continue;
    lastSpace = space;
    positions.push(i);
  }
  return positions;
}

function isWordAt(text: string, i: number, direction: 'before' | 'after'): boolean {
  if (i < 0 || i >= text.length) return false;
  const cp = direction === 'after' ? text.codePointAt(i)! : codePointEndingAt(text, i);
  if (cp === undefined) return false;
  const ch = String.fromCodePoint(cp);
  return WORD.test(ch.length === 1 ? foldText(ch) : ch);
}

function codePointEndingAt(text: string, i: number): number | undefined {
  const u = text.charCodeAt(i);
  if (u >= 0xdc00 && u <= 0xdfff) {
    const cp = i > 0 ? text.codePointAt(i - 1)! : u;
    return cp > 0xffff ? cp : undefined;
  }
  return u >= 0xd800 && u <= 0xdbff ? undefined : u;
}

function candidatesAt(text: string, pos: number[], j: number, aliases: readonly AliasEntry[]): Candidate[] {
  const folded = foldText(text);
  const found: Candidate[] = [];
  aliases.forEach((alias, entry) => {
    const { key, caseKey } = keysOf(alias.text);
    if (key.length === 0 || j + key.length > pos.length) return;
    const units = pos.slice(j, j + key.length);
    if (units.map((p) => folded[p]).join('') !== key) return;
    if (alias.caseSensitive && baseFold(units.map((p) => text[p]).join('')) !== caseKey) return;
    let end = units[units.length - 1]! + 1;
    while (end < text.length && TRANSPARENT.test(text[end]!)) end++;
    let before = pos[j]! - 1;
    while (before >= 0 && TRANSPARENT.test(text[before]!)) before--;
    if (isWordAt(text, before, 'before')) return;
    if (isWordAt(text, end, 'after')) return;
    found.push({ start: pos[j]!, end, entry });
  });
  return found;
}

export function naiveFindMentions(aliases: readonly AliasEntry[], text: string): MatchHit[] {
  const pos = seenPositions(text);
  const all: Candidate[] = [];
  for (let j = 0; j < pos.length; j++) all.push(...candidatesAt(text, pos, j, aliases));
  all.sort((a, b) => a.start - b.start || b.end - a.end || a.entry - b.entry);
  const hits: MatchHit[] = [];
  let lastEnd = 0;
  for (const c of all) {
    if (c.start < lastEnd) continue;
    const alias = aliases[c.entry]!;
    hits.push({ start: c.start, end: c.end, entityId: alias.entityId, alias: alias.text });
    lastEnd = c.end;
  }
  return hits;
}

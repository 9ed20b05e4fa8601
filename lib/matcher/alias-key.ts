import { CLASS_TRANSPARENT, SPACE, foldTablesFor } from './fold';

/**
 * Longest alias, in folded units, the matcher accepts. Names of people, places and
 * organisations stay far below it; the cap bounds the scanner's position ring buffer.
 */
export const MAX_ALIAS_UNITS = 1000;

export interface AliasKey {
  /** Folded and case-folded: what the automaton is built from. */
  key: string;
  /** Folded but with case kept: what a case-sensitive alias is checked against. */
  caseKey: string;
}

/**
 * Reduces an alias to the unit sequence the scanner feeds to the automaton: the scanner
 * collapses whitespace runs and steps over transparent marks, so the alias must too.
 * NFC first, so an alias typed decomposed lands on the same letters as precomposed text.
 * Returns undefined for aliases that can never match (blank, or longer than the cap).
 */
export function aliasKey(text: string): AliasKey | undefined {
  const source = MAY_NEED_NFC.test(text) ? text.normalize('NFC') : text;
  const { base, flags } = foldTablesFor(source);
  const transparent = CLASS_TRANSPARENT;
  const space = SPACE;
  const units: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const u = source.charCodeAt(i);
    if ((flags[u]! & transparent) !== 0) continue;
    const b = base[u]!;
    if (b === space && (units.length === 0 || units[units.length - 1] === space)) continue;
    units.push(b);
  }
  if (units[units.length - 1] === space) units.pop();
  if (units.length === 0 || units.length > MAX_ALIAS_UNITS) return undefined;
  const caseKey = String.fromCharCode(...units);
  // Base units may lie on pages the alias itself does not use ("ǿ" folds to "o").
  const folded = foldTablesFor(caseKey).fold;
  for (let i = 0; i < units.length; i++) units[i] = folded[units[i]!]!;
  return { key: String.fromCharCode(...units), caseKey };
}

/** Nothing below U+0300 composes or decomposes, so most aliases can skip normalize(). */
const MAY_NEED_NFC = /[\u0300-\uffff]/;

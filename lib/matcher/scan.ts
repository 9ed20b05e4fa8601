import type { Automaton } from './automaton';
import { isWordEndingAt, isWordStartingAt, skipTransparent } from './boundaries';
import { CLASS_TRANSPARENT, SPACE, type FoldTables } from './fold';
import { Picks } from './picks';
import { ENTRY_CASE_SENSITIVE } from './types';

export interface EntryTable {
  readonly entryNext: Int32Array;
  readonly entryEntity: Int32Array;
  /** Per entry: ENTRY_* bits. */
  readonly entryFlags: Uint8Array;
  /** The case-sensitive entries' aliases folded with case kept, one after the other. */
  readonly caseKeys: string;
  /** Per entry: where its case key starts in caseKeys; only read for case-sensitive entries. */
  readonly caseKeyStart: Int32Array;
}

export interface ScanModel {
  readonly automaton: Automaton;
  readonly entries: EntryTable;
}

/**
 * The text is fed to the automaton one folded unit at a time, except that a whitespace
 * run feeds a single space and transparent units feed nothing. So a hit's length in
 * fed units (its node depth) differs from its length in the text; a ring buffer of the
 * text offsets of the last fed units turns "depth d ends here" back into a start offset.
 */
interface Cursor {
  readonly text: string;
  /** Filled for every unit of `text`. */
  readonly tables: FoldTables;
  readonly ring: Int32Array;
  readonly mask: number;
  /** Fed-unit index of the unit just fed. */
  fed: number;
  /** Text offset of the unit just fed. */
  pos: number;
}

/** `tables` must be filled for every unit of `text` (foldTablesFor(text)). */
export function scanText(model: ScanModel, text: string, tables: FoldTables): Picks {
  const { fold, flags } = tables;
  const a = model.automaton;
  const { rootNext, firstOut } = a;
  // Imported bindings can compile to getter calls in dev/test transforms; read them once.
  const transparent = CLASS_TRANSPARENT;
  const space = SPACE;
  const ring = new Int32Array(ringSizeFor(a.maxDepth));
  const mask = ring.length - 1;
  const cursor: Cursor = { text, tables, ring, mask, fed: -1, pos: 0 };
  const picks = new Picks();
  let state = 0;
  let fed = -1;
  // Starting as if after a space: leading whitespace feeds nothing, and no alias starts with a space.
  let lastWasSpace = true;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if ((flags[u]! & transparent) !== 0) continue;
    const unit = fold[u]!;
    if (unit === space) {
      if (lastWasSpace) continue;
      lastWasSpace = true;
    } else {
      lastWasSpace = false;
    }
    ring[++fed & mask] = i;
    // The root case inline: most units of most texts neither start nor end an alias.
    state = state === 0 ? rootNext[unit]! : step(a, state, unit);
    if (state !== 0 && firstOut[state]! >= 0) {
      cursor.fed = fed;
      cursor.pos = i;
      collectEndingHere(model, cursor, state, picks);
    }
  }
  return picks;
}

/**
 * Goto with failure fallback: binary search of the sorted child range, else follow the
 * failure link. Amortised O(1) per unit, since each fallback drops at least one level.
 * Kept in this module so the hot loop calls it directly.
 */
function step(a: Automaton, state: number, unit: number): number {
  const { childStart, label, fail, rootNext } = a;
  let s = state;
  while (s !== 0) {
    let lo = childStart[s]!;
    let hi = childStart[s + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const l = label[mid]!;
      if (l < unit) lo = mid + 1;
      else if (l > unit) hi = mid - 1;
      else return mid;
    }
    s = fail[s]!;
  }
  return rootNext[unit]!;
}

/** Room for the longest alias plus the unit before it, which decides its left boundary. */
function ringSizeFor(maxDepth: number): number {
  let size = 2;
  while (size < maxDepth + 1) size *= 2;
  return size;
}

/** Every alias ending at the unit just fed is a candidate, longest first. */
function collectEndingHere(model: ScanModel, cursor: Cursor, state: number, picks: Picks): void {
  const { firstOut, fail, depth } = model.automaton;
  const {
    text,
    tables: { flags },
    ring,
    mask,
    fed,
  } = cursor;
  const end = skipTransparent(text, cursor.pos + 1, flags);
  // All candidates here share this end, so one failed right boundary rules them all out.
  if (isWordStartingAt(text, end, flags)) return;
  for (let node = firstOut[state]!; node >= 0; node = firstOut[fail[node]!]!) {
    const startFed = fed - depth[node]! + 1;
    // The unit fed before the start is the nearest non-transparent unit before it
    // (a collapsed whitespace run fed its first space, which is not a word unit).
    if (startFed > 0 && isWordEndingAt(text, ring[(startFed - 1) & mask]!, flags)) continue;
    const entry = firstAcceptedEntry(model, node, cursor, startFed);
    if (entry >= 0) picks.offer(ring[startFed & mask]!, end, entry);
  }
}

/**
 * Entries sharing a folded alias are tried in input order; the first whose case rule
 * the text satisfies wins. So of two entries with the same alias and the same rule,
 * the one given first always wins and the later one is never reported.
 */
function firstAcceptedEntry(model: ScanModel, node: number, cursor: Cursor, startFed: number): number {
  const { entryNext, entryFlags, caseKeys, caseKeyStart } = model.entries;
  for (let e = model.automaton.nodeFirstEntry[node]!; e >= 0; e = entryNext[e]!) {
    if (
      (entryFlags[e]! & ENTRY_CASE_SENSITIVE) === 0 ||
      sameCase(caseKeys, caseKeyStart[e]!, cursor, startFed, model.automaton.depth[node]!)
    )
      return e;
  }
  return -1;
}

/** Compares the `length` fed units with diacritics folded but case kept ("IS" is not "is"). */
function sameCase(caseKeys: string, from: number, cursor: Cursor, startFed: number, length: number): boolean {
  const {
    text,
    tables: { base },
    ring,
    mask,
  } = cursor;
  for (let k = 0; k < length; k++) {
    const pos = ring[(startFed + k) & mask]!;
    if (base[text.charCodeAt(pos)] !== caseKeys.charCodeAt(from + k)) return false;
  }
  return true;
}

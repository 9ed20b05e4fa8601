import type { PackedStrings } from './packed-strings';

export interface AliasEntry {
  /** The alias as a reader writes it: "Sergey Lavrov", "IS", "Erdoğan". */
  text: string;
  entityId: string;
  /**
   * Only text with the same letter case matches (diacritics are still folded). Meant for
   * acronyms that are also words (IS, US, UN) and names that are also nouns ("Turkey").
   */
  caseSensitive: boolean;
  /**
   * A stop phrase: never reported, but it wins over the aliases it overlaps by the usual
   * leftmost-longest rule, so "Jordan River" keeps "Jordan" (the state) unmarked there.
   */
  stop?: boolean;
  /**
   * Also an ordinary word ("Nice", "Reading", "Chad"): marked only where the text treats it
   * as a name, capitalised mid-sentence, or where the same call also has it so elsewhere.
   * Implies `caseSensitive`.
   */
  common?: boolean;
  /**
   * Names a person: a capitalised word just before it is most likely a given name or a
   * title ("Bibi Netanyahu"), not a longer name of something else, so it does not block it.
   */
  person?: boolean;
}

export interface MatchHit {
  /** UTF-16 offset into the original text. */
  start: number;
  /** UTF-16 offset into the original text, exclusive. */
  end: number;
  entityId: string;
  /** The AliasEntry.text that matched, as it was given. */
  alias: string;
  /**
   * Other entities with an alias that folds the same and whose case rule holds here
   * (Washington the city and the state), in the order given; absent when there are none.
   */
  alternatives?: string[];
}

export interface Matcher {
  /** Aliases the matcher holds: those given, minus blank and over-long ones. */
  readonly aliasCount: number;
  /** Hits sorted by start, never overlapping. */
  findMentions(text: string): MatchHit[];
  /**
   * The hits of each text, judged together: a common-word alias ("Turkey") whose entity the
   * texts name without doubt somewhere (by another alias, or by this one capitalised
   * mid-sentence) is also marked where its capital alone would not say so (a sentence
   * start, a headline). Pass a page's blocks in one call.
   */
  findMentionsInBlocks(texts: readonly string[]): MatchHit[][];
  /** Plain data that survives structured clone and IndexedDB; feed it to loadMatcher. */
  serialize(): SerializedMatcher;
}

/**
 * The automaton as stored. Bump `version` whenever folding or layout changes: the trie
 * was built from folded aliases, so data from another folding would silently mismatch.
 *
 * Nodes are numbered breadth-first, root 0, so a node's children are the contiguous
 * id range childStart[n] .. childStart[n + 1] - 1 and their edge labels can live in one
 * array indexed by child id. Entries (kept aliases) are numbered in input order.
 *
 * Version 2 holds only typed arrays and packed strings, which IndexedDB clones quickly:
 * version 1's arrays of 100,000 strings cost a woken worker more than the rest of its
 * start. What can be derived in one pass over the entries (each node's chain of entries)
 * is not stored. Version 3 turned the per-entry case flag into a set of flags.
 */
export type SerializedMatcher = {
  version: 3;
  /** Per node + 1: first child id; the last slot equals the node count. */
  childStart: Int32Array;
  /** Per node: folded UTF-16 unit on the edge from its parent (unused for the root). */
  label: Uint16Array;
  /** Per node: Aho-Corasick failure link, always to a shallower node. */
  fail: Int32Array;
  /** Per entry: the node where its folded alias ends. */
  entryNode: Int32Array;
  /** Per entry: index into entityIds. */
  entryEntity: Int32Array;
  /** Per entry: ENTRY_* bits (case-sensitive, common word, person). */
  entryFlags: Uint8Array;
  /** Per entry: the alias text as given. */
  aliasTexts: PackedStrings;
  /**
   * The case-sensitive entries' aliases folded with case kept, in entry order, each as long
   * as its node is deep (so where each starts is worked out on load). Stored so that a load
   * does not fold the aliases again.
   */
  caseKeys: string;
  /** Distinct entity ids, shared between entries. */
  entityIds: PackedStrings;
};

/** SerializedMatcher.entryFlags bits. */
export const ENTRY_CASE_SENSITIVE = 1;
export const ENTRY_COMMON = 2;
export const ENTRY_PERSON = 4;
export const ENTRY_FLAGS_MASK = 7;

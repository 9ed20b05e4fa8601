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
}

export interface MatchHit {
  /** UTF-16 offset into the original text. */
  start: number;
  /** UTF-16 offset into the original text, exclusive. */
  end: number;
  entityId: string;
  /** The AliasEntry.text that matched, as it was given. */
  alias: string;
}

export interface Matcher {
  /** Aliases the matcher holds: those given, minus blank and over-long ones. */
  readonly aliasCount: number;
  /** Hits sorted by start, never overlapping. */
  findMentions(text: string): MatchHit[];
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
 * is not stored.
 */
export type SerializedMatcher = {
  version: 2;
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
  /** Per entry: 1 when case-sensitive. */
  entryCaseSensitive: Uint8Array;
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

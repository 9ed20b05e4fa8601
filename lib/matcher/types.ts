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
 */
export type SerializedMatcher = {
  version: 1;
  /** Per node + 1: first child id; the last slot equals the node count. */
  childStart: Int32Array;
  /** Per node: folded UTF-16 unit on the edge from its parent (unused for the root). */
  label: Uint16Array;
  /** Per node: Aho-Corasick failure link, always to a shallower node. */
  fail: Int32Array;
  /** Per node: first entry whose folded alias ends here, or -1. */
  nodeFirstEntry: Int32Array;
  /** Per entry: next entry with the same folded alias, in input order, or -1. */
  entryNext: Int32Array;
  /** Per entry: index into entityIds. */
  entryEntity: Int32Array;
  /** Per entry: 1 when case-sensitive. */
  entryCaseSensitive: Uint8Array;
  /** Per entry: the alias text as given. */
  aliasTexts: string[];
  /** Distinct entity ids, shared between entries. */
  entityIds: string[];
};

/**
 * Aho-Corasick over a breadth-first trie held in flat typed arrays. Transitions are a
 * binary search over the sorted child range (most nodes below the first levels have one
 * child); the root, which every mismatch falls back to, gets a dense 64K table so the
 * common "no alias starts here" step is a single read.
 */
import { ITEMS_PER_STEP, inSlices, type Steps } from './steps';

export interface AutomatonCore {
  readonly childStart: Int32Array;
  readonly label: Uint16Array;
  readonly fail: Int32Array;
}

export interface Automaton extends AutomatonCore {
  /** Per node: the first entry whose folded alias ends here, or -1. */
  readonly nodeFirstEntry: Int32Array;
  /** Root transitions by unit; 0 (the root) when no alias starts with that unit. */
  readonly rootNext: Int32Array;
  /** The deepest node on the failure chain, self included, where an alias ends, or -1. */
  readonly firstOut: Int32Array;
  /** Node depth = length of the folded alias ending there. */
  readonly depth: Uint16Array;
  readonly maxDepth: number;
}

export function findChild(childStart: Int32Array, label: Uint16Array, node: number, unit: number): number {
  let lo = childStart[node]!;
  let hi = childStart[node + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const l = label[mid]!;
    if (l < unit) lo = mid + 1;
    else if (l > unit) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * Breadth-first order means a parent's failure link is always known before its
 * children's, so one forward pass suffices and no parent array is needed; the pass is cut
 * into steps (steps.ts) anywhere, for the same reason.
 */
export function* computeFailLinksInSteps(childStart: Int32Array, label: Uint16Array): Steps<Int32Array> {
  const nodeCount = label.length;
  const fail = new Int32Array(nodeCount);
  const rootNext = rootTable(childStart, label);
  yield* inSlices(
    nodeCount - 1,
    (from, to) => {
      for (let parent = from + 1; parent <= to; parent++) {
        for (let child = childStart[parent]!; child < childStart[parent + 1]!; child++) {
          const unit = label[child]!;
          let s = fail[parent]!;
          let target = -1;
          while (target === -1) {
            target = s === 0 ? rootNext[unit]! : findChild(childStart, label, s, unit);
            if (target === -1) s = fail[s]!;
          }
          fail[child] = target;
        }
      }
    },
    ITEMS_PER_STEP * 8,
  );
  return fail;
}

/**
 * Everything the scanner needs that can be recomputed cheaply, so it is never stored.
 * `depth` may come from the load's validation, which works it out anyway.
 */
export function deriveAutomaton(core: AutomatonCore, nodeFirstEntry: Int32Array, knownDepth?: Uint16Array): Automaton {
  const { childStart, label, fail } = core;
  const nodeCount = label.length;
  const firstOut = new Int32Array(nodeCount);
  const depth = knownDepth ?? nodeDepths(childStart, nodeCount);
  firstOut[0] = -1;
  let maxDepth = 0;
  for (let v = 1; v < nodeCount; v++) {
    // fail[v] < v, so its entry is already final.
    firstOut[v] = nodeFirstEntry[v]! >= 0 ? v : firstOut[fail[v]!]!;
    maxDepth = Math.max(maxDepth, depth[v]!);
  }
  return { ...core, nodeFirstEntry, rootNext: rootTable(childStart, label), firstOut, depth, maxDepth };
}

/**
 * Each node's entries as a chain in input order (entries sharing a folded alias end at
 * one node): derived from each entry's node rather than stored.
 */
export function chainEntries(
  entryNode: Int32Array,
  nodeCount: number,
): { nodeFirstEntry: Int32Array; entryNext: Int32Array } {
  const nodeFirstEntry = new Int32Array(nodeCount).fill(-1);
  const entryNext = new Int32Array(entryNode.length);
  // Prepending in reverse leaves each node's chain in input order.
  for (let e = entryNode.length - 1; e >= 0; e--) {
    const node = entryNode[e]!;
    entryNext[e] = nodeFirstEntry[node]!;
    nodeFirstEntry[node] = e;
  }
  return { nodeFirstEntry, entryNext };
}

export function nodeDepths(childStart: Int32Array, nodeCount: number): Uint16Array {
  const depth = new Uint16Array(nodeCount);
  for (let parent = 0; parent < nodeCount; parent++) {
    const d = depth[parent]! + 1;
    for (let child = childStart[parent]!; child < childStart[parent + 1]!; child++) depth[child] = d;
  }
  return depth;
}

function rootTable(childStart: Int32Array, label: Uint16Array): Int32Array {
  const table = new Int32Array(0x10000);
  for (let child = childStart[0]!; child < childStart[1]!; child++) table[label[child]!] = child;
  return table;
}

/**
 * Trie construction for the automaton. Distinct keys are inserted in sorted order, so
 * (a) a new key only ever branches off the path of the previous one, so no child lookup
 * is needed while inserting, and (b) every node receives its children in ascending label
 * order, so the breadth-first relayout yields sorted child ranges for binary search.
 */
import { ITEMS_PER_STEP, inSlices, sortedInSteps, type Steps } from './steps';

export interface TrieLayout {
  /** Per node + 1, breadth-first ids: first child id; last slot is the node count. */
  childStart: Int32Array;
  /** Per node: edge label from its parent. */
  label: Uint16Array;
  /** Per key: id of the node where it ends. */
  keyNode: Int32Array;
}

interface LinkedTrie {
  size: number;
  label: Uint16Array;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  keyNode: Int32Array;
}

/** The layout built in bounded steps (steps.ts), the same arrays as a build in one go. */
export function* layoutTrieInSteps(keys: readonly string[]): Steps<TrieLayout> {
  const linked = yield* buildLinkedTrie(keys);
  return yield* relayoutBreadthFirst(linked);
}

function* buildLinkedTrie(keys: readonly string[]): Steps<LinkedTrie> {
  let capacity = 1;
  let maxLen = 0;
  for (const k of keys) {
    // Duplicates overcount; the slack is dropped by the relayout.
    capacity += k.length;
    maxLen = Math.max(maxLen, k.length);
  }
  const label = new Uint16Array(capacity);
  const firstChild = new Int32Array(capacity).fill(-1);
  const nextSibling = new Int32Array(capacity).fill(-1);
  const lastChild = new Int32Array(capacity).fill(-1);
  // path[d] = node at depth d along the previously inserted key.
  const path = new Int32Array(maxLen + 1);
  const nodeOfKey = new Map<string, number>();
  let size = 1;
  let prev = '';
  // The default sort's order compares UTF-16 units, the same order as the edge labels.
  const distinct = new Set<string>();
  yield* inSlices(keys.length, (from, to) => {
    for (let k = from; k < to; k++) distinct.add(keys[k]!);
  });
  const sorted = yield* sortedInSteps([...distinct]);
  for (let k = 0; k < sorted.length; k++) {
    const key = sorted[k]!;
    if (k % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    const shared = commonPrefixLength(prev, key);
    for (let d = shared; d < key.length; d++) {
      const parent = path[d]!;
      const node = size++;
      label[node] = key.charCodeAt(d);
      if (lastChild[parent] === -1) firstChild[parent] = node;
      else nextSibling[lastChild[parent]!] = node;
      lastChild[parent] = node;
      path[d + 1] = node;
    }
    nodeOfKey.set(key, path[key.length]!);
    prev = key;
  }
  const keyNode = new Int32Array(keys.length);
  yield* inSlices(keys.length, (from, to) => {
    for (let k = from; k < to; k++) keyNode[k] = nodeOfKey.get(keys[k]!)!;
  });
  return { size, label, firstChild, nextSibling, keyNode };
}

function commonPrefixLength(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Breadth-first numbering makes each node's children one contiguous id range. */
function* relayoutBreadthFirst(t: LinkedTrie): Steps<TrieLayout> {
  const queue = new Int32Array(t.size); // queue[newId] = oldId
  const newId = new Int32Array(t.size);
  const childStart = new Int32Array(t.size + 1);
  const label = new Uint16Array(t.size);
  let tail = 1;
  // A node's children are queued while it is visited, so a slice ends wherever it likes.
  yield* inSlices(
    t.size,
    (from, to) => {
      for (let head = from; head < to; head++) {
        const old = queue[head]!;
        childStart[head] = tail;
        for (let c = t.firstChild[old]!; c !== -1; c = t.nextSibling[c]!) {
          newId[c] = tail;
          label[tail] = t.label[c]!;
          queue[tail++] = c;
        }
      }
    },
    ITEMS_PER_STEP * 8,
  );
  childStart[t.size] = t.size;
  const keyNode = t.keyNode.map((old) => newId[old]!);
  return { childStart, label, keyNode };
}

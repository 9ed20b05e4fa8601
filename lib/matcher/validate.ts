import { MAX_ALIAS_UNITS } from './alias-key';
import { nodeDepths } from './automaton';
import type { SerializedMatcher } from './types';

/**
 * Cached data comes back from IndexedDB, possibly written by an older build or damaged.
 * Every index the scanner follows is checked here, and failure links must point to a
 * shallower node, so bad data fails loudly at load instead of looping or returning
 * nonsense offsets while scanning.
 */
export function validateSerialized(data: unknown): SerializedMatcher {
  if (typeof data !== 'object' || data === null) invalid('expected an object');
  const d = data as Record<string, unknown>;
  if (d['version'] !== 1) invalid(`unsupported version ${JSON.stringify(d['version'])}; this build reads version 1`);
  const valid: SerializedMatcher = {
    version: 1,
    childStart: typedArray(d, 'childStart', Int32Array),
    label: typedArray(d, 'label', Uint16Array),
    fail: typedArray(d, 'fail', Int32Array),
    nodeFirstEntry: typedArray(d, 'nodeFirstEntry', Int32Array),
    entryNext: typedArray(d, 'entryNext', Int32Array),
    entryEntity: typedArray(d, 'entryEntity', Int32Array),
    entryCaseSensitive: typedArray(d, 'entryCaseSensitive', Uint8Array),
    aliasTexts: stringArray(d, 'aliasTexts'),
    entityIds: stringArray(d, 'entityIds'),
  };
  checkLengths(valid);
  const depth = checkTree(valid.childStart, valid.label);
  checkFailLinks(valid.fail, depth);
  checkEntries(valid);
  return valid;
}

function invalid(reason: string): never {
  throw new Error(`loadMatcher: invalid matcher data: ${reason}`);
}

type TypedArrayCtor<T> = { new (length: number): T; readonly name: string };

function typedArray<T>(d: Record<string, unknown>, field: string, ctor: TypedArrayCtor<T>): T {
  const value = d[field];
  // The tag check works across realms, unlike instanceof.
  if (Object.prototype.toString.call(value) !== `[object ${ctor.name}]`) invalid(`${field} must be an ${ctor.name}`);
  return value as T;
}

function stringArray(d: Record<string, unknown>, field: string): string[] {
  const value = d[field];
  if (!Array.isArray(value) || !value.every((s) => typeof s === 'string')) invalid(`${field} must be an array of strings`);
  return value as string[];
}

function checkLengths(d: SerializedMatcher): void {
  const nodes = d.label.length;
  const entries = d.aliasTexts.length;
  if (nodes < 1) invalid('the trie has no root');
  if (d.childStart.length !== nodes + 1) invalid('childStart length does not match the node count');
  if (d.fail.length !== nodes || d.nodeFirstEntry.length !== nodes) invalid('per-node arrays differ in length');
  if (d.entryNext.length !== entries || d.entryEntity.length !== entries || d.entryCaseSensitive.length !== entries) {
    invalid('per-entry arrays differ in length');
  }
}

/** Child ranges must tile 1..nodes-1 in order, after their parent, with sorted labels. */
function checkTree(childStart: Int32Array, label: Uint16Array): Uint16Array {
  const nodes = label.length;
  if (childStart[0] !== 1 || childStart[nodes] !== nodes) invalid('childStart does not cover the nodes');
  for (let parent = 0; parent < nodes; parent++) {
    const from = childStart[parent]!;
    const to = childStart[parent + 1]!;
    if (from < parent + 1 || to < from) invalid(`bad child range at node ${parent}`);
    for (let child = from + 1; child < to; child++) {
      if (label[child]! <= label[child - 1]!) invalid(`unsorted child labels at node ${parent}`);
    }
  }
  const depth = nodeDepths(childStart, nodes);
  for (let parent = 0; parent < nodes; parent++) {
    // Checked on parents so a too-deep chain is caught before Uint16 depths could wrap.
    if (childStart[parent + 1]! > childStart[parent]! && depth[parent]! >= MAX_ALIAS_UNITS) invalid('an alias is too long');
  }
  return depth;
}

function checkFailLinks(fail: Int32Array, depth: Uint16Array): void {
  if (fail[0] !== 0) invalid('the root must fail to itself');
  for (let v = 1; v < fail.length; v++) {
    const f = fail[v]!;
    if (f < 0 || f >= fail.length || depth[f]! >= depth[v]!) invalid(`bad failure link at node ${v}`);
  }
}

/** Each entry must hang off exactly one non-root node, and name a known entity. */
function checkEntries(d: SerializedMatcher): void {
  const entries = d.aliasTexts.length;
  const seen = new Uint8Array(entries);
  if (d.nodeFirstEntry[0] !== -1) invalid('the root cannot end an alias');
  for (let node = 1; node < d.nodeFirstEntry.length; node++) {
    for (let e = d.nodeFirstEntry[node]!; e !== -1; e = d.entryNext[e]!) {
      if (e < 0 || e >= entries || seen[e] === 1) invalid(`bad entry chain at node ${node}`);
      seen[e] = 1;
    }
  }
  for (let e = 0; e < entries; e++) {
    if (seen[e] !== 1) invalid(`entry ${e} is not attached to the trie`);
    const entity = d.entryEntity[e]!;
    if (entity < 0 || entity >= d.entityIds.length) invalid(`entry ${e} names an unknown entity`);
    if (d.entryCaseSensitive[e]! > 1) invalid(`entry ${e} has a bad case flag`);
  }
}

import { MAX_ALIAS_UNITS } from './alias-key';
import { isPackedStrings, isTypedArray, type PackedStrings } from './packed-strings';
import { ENTRY_CASE_SENSITIVE, ENTRY_FLAGS_MASK, type SerializedMatcher } from './types';

export interface ValidMatcherData {
  data: SerializedMatcher;
  /** Per node: its depth, worked out while checking the tree and kept for the load. */
  depth: Uint16Array;
}

/**
 * Cached data comes back from IndexedDB, possibly written by an older build or damaged.
 * Every index the scanner follows is checked here, and failure links must point to a
 * shallower node, so bad data fails loudly at load instead of looping or returning
 * nonsense offsets while scanning. The tree is checked in one pass over the nodes: a
 * woken worker with 100,000 aliases checks some 700,000 of them before its first answer.
 */
export function validateSerialized(data: unknown): ValidMatcherData {
  if (typeof data !== 'object' || data === null) invalid('expected an object');
  const d = data as Record<string, unknown>;
  if (d['version'] !== 3) invalid(`unsupported version ${JSON.stringify(d['version'])}; this build reads version 3`);
  const valid: SerializedMatcher = {
    version: 3,
    childStart: typedArray(d, 'childStart', Int32Array),
    label: typedArray(d, 'label', Uint16Array),
    fail: typedArray(d, 'fail', Int32Array),
    entryNode: typedArray(d, 'entryNode', Int32Array),
    entryEntity: typedArray(d, 'entryEntity', Int32Array),
    entryFlags: typedArray(d, 'entryFlags', Uint8Array),
    aliasTexts: packed(d, 'aliasTexts'),
    caseKeys: string(d, 'caseKeys'),
    entityIds: packed(d, 'entityIds'),
  };
  checkLengths(valid);
  const depth = checkTree(valid.childStart, valid.label, valid.fail);
  checkEntries(valid, depth);
  return { data: valid, depth };
}

function invalid(reason: string): never {
  throw new Error(`loadMatcher: invalid matcher data: ${reason}`);
}

function typedArray<T>(d: Record<string, unknown>, field: string, ctor: { readonly name: string; prototype: T }): T {
  const value = d[field];
  if (!isTypedArray(value, ctor)) invalid(`${field} must be an ${ctor.name}`);
  return value;
}

function string(d: Record<string, unknown>, field: string): string {
  const value = d[field];
  if (typeof value !== 'string') invalid(`${field} must be a string`);
  return value;
}

function packed(d: Record<string, unknown>, field: string): PackedStrings {
  const value = d[field];
  if (!isPackedStrings(value)) invalid(`${field} must be packed strings`);
  return value;
}

function checkLengths(d: SerializedMatcher): void {
  const nodes = d.label.length;
  const entries = d.entryNode.length;
  if (nodes < 1) invalid('the trie has no root');
  if (d.childStart.length !== nodes + 1) invalid('childStart length does not match the node count');
  if (d.fail.length !== nodes) invalid('per-node arrays differ in length');
  if (d.entryEntity.length !== entries || d.entryFlags.length !== entries || d.aliasTexts.ends.length !== entries) {
    invalid('per-entry arrays differ in length');
  }
}

/**
 * Child ranges must tile 1..nodes-1 in order, after their parent, with sorted labels; so
 * a parent comes before its children and each node's depth is known before its own
 * children are reached. A failure link must go back to an earlier, shallower node.
 */
function checkTree(childStart: Int32Array, label: Uint16Array, fail: Int32Array): Uint16Array {
  const nodes = label.length;
  if (childStart[0] !== 1 || childStart[nodes] !== nodes) invalid('childStart does not cover the nodes');
  if (fail[0] !== 0) invalid('the root must fail to itself');
  const depth = new Uint16Array(nodes);
  // Imported bindings can compile to getter calls in dev/test transforms; read it once.
  const maxUnits = MAX_ALIAS_UNITS;
  for (let parent = 0; parent < nodes; parent++) {
    const from = childStart[parent]!;
    const to = childStart[parent + 1]!;
    if (from < parent + 1 || to < from) invalid(`bad child range at node ${parent}`);
    const childDepth = depth[parent]! + 1;
    // Checked on parents so a too-deep chain is caught before Uint16 depths could wrap.
    if (to > from && childDepth > maxUnits) invalid('an alias is too long');
    for (let child = from; child < to; child++) {
      if (child > from && label[child]! <= label[child - 1]!) invalid(`unsorted child labels at node ${parent}`);
      depth[child] = childDepth;
    }
    if (parent === 0) continue;
    const f = fail[parent]!;
    if (f < 0 || f >= parent || depth[f]! >= depth[parent]!) invalid(`bad failure link at node ${parent}`);
  }
  return depth;
}

/**
 * Each entry must end at a non-root node and name a known entity; the case keys must be
 * exactly as long as the nodes of the case-sensitive entries are deep.
 */
function checkEntries(d: SerializedMatcher, depth: Uint16Array): void {
  const nodes = d.label.length;
  const entities = d.entityIds.ends.length;
  let caseUnits = 0;
  for (let e = 0; e < d.entryNode.length; e++) {
    const node = d.entryNode[e]!;
    if (node < 1 || node >= nodes) invalid(`entry ${e} ends outside the trie`);
    const entity = d.entryEntity[e]!;
    if (entity < 0 || entity >= entities) invalid(`entry ${e} names an unknown entity`);
    const flags = d.entryFlags[e]!;
    if ((flags & ~ENTRY_FLAGS_MASK) !== 0) invalid(`entry ${e} has unknown flags`);
    if (flags & ENTRY_CASE_SENSITIVE) caseUnits += depth[node]!;
  }
  if (caseUnits !== d.caseKeys.length) invalid('the case keys do not fit the trie');
}

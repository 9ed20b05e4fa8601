import { aliasKey } from './alias-key';
import { computeFailLinks } from './automaton';
import { layoutTrie } from './trie';
import type { AliasEntry, SerializedMatcher } from './types';

/** Stop phrases share this entity id, which no real entity has; their hits are dropped. */
export const STOP_ENTITY = '';

export interface BuiltMatcher {
  readonly data: SerializedMatcher;
  /** Per entry, already computed while folding, so building does not fold twice. */
  readonly caseKeys: string[];
}

interface KeptEntries {
  aliasTexts: string[];
  entityIds: string[];
  entryEntity: number[];
  entryCaseSensitive: number[];
  keys: string[];
  caseKeys: string[];
}

export function buildMatcherData(aliases: readonly AliasEntry[]): BuiltMatcher {
  const kept = keepMatchable(aliases);
  const { childStart, label, keyNode } = layoutTrie(kept.keys);
  const fail = computeFailLinks(childStart, label);
  const entryCount = kept.keys.length;
  const nodeFirstEntry = new Int32Array(label.length).fill(-1);
  const entryNext = new Int32Array(entryCount).fill(-1);
  // Prepending in reverse leaves each node's chain in input order.
  for (let e = entryCount - 1; e >= 0; e--) {
    const node = keyNode[e]!;
    entryNext[e] = nodeFirstEntry[node]!;
    nodeFirstEntry[node] = e;
  }
  const data: SerializedMatcher = {
    version: 1,
    childStart,
    label,
    fail,
    nodeFirstEntry,
    entryNext,
    entryEntity: Int32Array.from(kept.entryEntity),
    entryCaseSensitive: Uint8Array.from(kept.entryCaseSensitive),
    aliasTexts: kept.aliasTexts,
    entityIds: kept.entityIds,
  };
  return { data, caseKeys: kept.caseKeys };
}

/** Blank and over-long aliases are dropped here; everything else becomes an entry. */
function keepMatchable(aliases: readonly AliasEntry[]): KeptEntries {
  const kept: KeptEntries = {
    aliasTexts: [], entityIds: [], entryEntity: [], entryCaseSensitive: [], keys: [], caseKeys: [],
  };
  const entityIndex = new Map<string, number>();
  for (const alias of aliases) {
    if (typeof alias.text !== 'string' || typeof alias.entityId !== 'string') {
      throw new TypeError('buildMatcher: every alias needs a string text and entityId');
    }
    const folded = aliasKey(alias.text);
    if (folded === undefined) continue;
    const entityId = alias.stop ? STOP_ENTITY : alias.entityId;
    let entity = entityIndex.get(entityId);
    if (entity === undefined) {
      entity = kept.entityIds.length;
      entityIndex.set(entityId, entity);
      kept.entityIds.push(entityId);
    }
    kept.aliasTexts.push(alias.text);
    kept.entryEntity.push(entity);
    kept.entryCaseSensitive.push(alias.caseSensitive ? 1 : 0);
    kept.keys.push(folded.key);
    kept.caseKeys.push(folded.caseKey);
  }
  return kept;
}

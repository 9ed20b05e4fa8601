import { aliasKey } from './alias-key';
import { computeFailLinks } from './automaton';
import { packStrings } from './packed-strings';
import { layoutTrie } from './trie';
import type { AliasEntry, SerializedMatcher } from './types';

/** Stop phrases share this entity id, which no real entity has; their hits are dropped. */
export const STOP_ENTITY = '';

interface KeptEntries {
  aliasTexts: string[];
  entityIds: string[];
  entryEntity: number[];
  entryCaseSensitive: number[];
  keys: string[];
  caseKeys: string[];
}

export function buildMatcherData(aliases: readonly AliasEntry[]): SerializedMatcher {
  const kept = keepMatchable(aliases);
  const { childStart, label, keyNode } = layoutTrie(kept.keys);
  return {
    version: 2,
    childStart,
    label,
    fail: computeFailLinks(childStart, label),
    entryNode: keyNode,
    entryEntity: Int32Array.from(kept.entryEntity),
    entryCaseSensitive: Uint8Array.from(kept.entryCaseSensitive),
    aliasTexts: packStrings(kept.aliasTexts),
    caseKeys: kept.caseKeys.join(''),
    entityIds: packStrings(kept.entityIds),
  };
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
    kept.caseKeys.push(alias.caseSensitive ? folded.caseKey : '');
  }
  return kept;
}

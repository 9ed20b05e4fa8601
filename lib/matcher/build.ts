import { aliasKey } from './alias-key';
import { computeFailLinksInSteps } from './automaton';
import { packStrings } from './packed-strings';
import { ITEMS_PER_STEP, type Steps } from './steps';
import { layoutTrieInSteps } from './trie';
import { ENTRY_CASE_SENSITIVE, ENTRY_COMMON, ENTRY_PERSON, type AliasEntry, type SerializedMatcher } from './types';

/** Stop phrases share this entity id, which no real entity has; their hits are dropped. */
export const STOP_ENTITY = '';

interface KeptEntries {
  aliasTexts: string[];
  entityIds: string[];
  entryEntity: number[];
  entryFlags: number[];
  keys: string[];
  caseKeys: string[];
}

/** The matcher's data, built in bounded steps (steps.ts); run in one go, the same bytes. */
export function* buildMatcherDataInSteps(aliases: readonly AliasEntry[]): Steps<SerializedMatcher> {
  const kept = yield* keepMatchable(aliases);
  const { childStart, label, keyNode } = yield* layoutTrieInSteps(kept.keys);
  const fail = yield* computeFailLinksInSteps(childStart, label);
  const entryEntity = Int32Array.from(kept.entryEntity);
  const entryFlags = Uint8Array.from(kept.entryFlags);
  yield;
  const aliasTexts = packStrings(kept.aliasTexts);
  yield;
  const caseKeys = kept.caseKeys.join('');
  yield;
  const entityIds = packStrings(kept.entityIds);
  return {
    version: 3,
    childStart,
    label,
    fail,
    entryNode: keyNode,
    entryEntity,
    entryFlags,
    aliasTexts,
    caseKeys,
    entityIds,
  };
}

/** Blank and over-long aliases are dropped here; everything else becomes an entry. */
function* keepMatchable(aliases: readonly AliasEntry[]): Steps<KeptEntries> {
  const kept: KeptEntries = {
    aliasTexts: [],
    entityIds: [],
    entryEntity: [],
    entryFlags: [],
    keys: [],
    caseKeys: [],
  };
  const entityIndex = new Map<string, number>();
  for (let i = 0; i < aliases.length; i++) {
    const alias = aliases[i]!;
    // Folding an alias costs a few microseconds: a step folds a thousand of them.
    if (i % (ITEMS_PER_STEP / 4) === 0) yield;
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
    const flags = entryFlags(alias);
    kept.entryFlags.push(flags);
    kept.keys.push(folded.key);
    kept.caseKeys.push(flags & ENTRY_CASE_SENSITIVE ? folded.caseKey : '');
  }
  return kept;
}

/** A common word is marked only as written ("Nice", not "nice"), so it is case-sensitive too. */
function entryFlags(alias: AliasEntry): number {
  const common = alias.common === true;
  return (
    (alias.caseSensitive || common ? ENTRY_CASE_SENSITIVE : 0) |
    (common ? ENTRY_COMMON : 0) |
    (alias.person ? ENTRY_PERSON : 0)
  );
}

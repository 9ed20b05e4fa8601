import { aliasKey } from './alias-key';
import { STOP_ENTITY } from './build';
import { deriveAutomaton } from './automaton';
import { scanText, type ScanModel } from './scan';
import type { MatchHit, Matcher, SerializedMatcher } from './types';

class CompiledMatcher implements Matcher {
  constructor(
    private readonly data: SerializedMatcher,
    private readonly model: ScanModel,
  ) {}

  get aliasCount(): number {
    return this.data.aliasTexts.length;
  }

  findMentions(text: string): MatchHit[] {
    if (typeof text !== 'string') throw new TypeError('findMentions: text must be a string');
    const picks = scanText(this.model, text);
    const { aliasTexts, entityIds, entryEntity } = this.data;
    const hits: MatchHit[] = [];
    for (let i = 0; i < picks.length; i++) {
      const entry = picks.entries[i]!;
      const entityId = entityIds[entryEntity[entry]!]!;
      if (entityId === STOP_ENTITY) continue;
      hits.push({
        start: picks.starts[i]!,
        end: picks.ends[i]!,
        entityId,
        alias: aliasTexts[entry]!,
      });
    }
    return hits;
  }

  /** Copies, so a caller writing into the result cannot corrupt a live matcher. */
  serialize(): SerializedMatcher {
    const d = this.data;
    return {
      version: 1,
      childStart: d.childStart.slice(),
      label: d.label.slice(),
      fail: d.fail.slice(),
      nodeFirstEntry: d.nodeFirstEntry.slice(),
      entryNext: d.entryNext.slice(),
      entryEntity: d.entryEntity.slice(),
      entryCaseSensitive: d.entryCaseSensitive.slice(),
      aliasTexts: d.aliasTexts.slice(),
      entityIds: d.entityIds.slice(),
    };
  }
}

/**
 * Wraps valid data in a Matcher. Case keys are not stored: they are refolded from the
 * alias texts on load (only for case-sensitive entries), and must fit the trie.
 */
export function createMatcher(data: SerializedMatcher, caseKeys?: readonly string[]): Matcher {
  const automaton = deriveAutomaton(data);
  const keys = caseKeys ?? refoldCaseKeys(data, automaton.depth);
  return new CompiledMatcher(data, {
    automaton,
    entries: {
      entryNext: data.entryNext,
      entryEntity: data.entryEntity,
      entryCaseSensitive: data.entryCaseSensitive,
      caseKeys: keys,
    },
  });
}

function refoldCaseKeys(data: SerializedMatcher, depth: Uint16Array): string[] {
  const keys: string[] = new Array<string>(data.aliasTexts.length).fill('');
  for (let node = 0; node < data.nodeFirstEntry.length; node++) {
    for (let e = data.nodeFirstEntry[node]!; e >= 0; e = data.entryNext[e]!) {
      if (data.entryCaseSensitive[e] === 0) continue;
      const caseKey = aliasKey(data.aliasTexts[e]!)?.caseKey;
      if (caseKey === undefined || caseKey.length !== depth[node]) {
        throw new Error(`loadMatcher: alias ${JSON.stringify(data.aliasTexts[e])} does not fit the stored automaton (built with another folding?)`);
      }
      keys[e] = caseKey;
    }
  }
  return keys;
}

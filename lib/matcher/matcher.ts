import { STOP_ENTITY } from './build';
import { chainEntries, deriveAutomaton } from './automaton';
import { stringAt } from './packed-strings';
import { scanText, type ScanModel } from './scan';
import type { MatchHit, Matcher, SerializedMatcher } from './types';

class CompiledMatcher implements Matcher {
  constructor(
    private readonly data: SerializedMatcher,
    private readonly model: ScanModel,
  ) {}

  get aliasCount(): number {
    return this.data.entryNode.length;
  }

  findMentions(text: string): MatchHit[] {
    if (typeof text !== 'string') throw new TypeError('findMentions: text must be a string');
    const picks = scanText(this.model, text);
    const { aliasTexts, entityIds, entryEntity } = this.data;
    const hits: MatchHit[] = [];
    for (let i = 0; i < picks.length; i++) {
      const entry = picks.entries[i]!;
      const entityId = stringAt(entityIds, entryEntity[entry]!);
      if (entityId === STOP_ENTITY) continue;
      hits.push({
        start: picks.starts[i]!,
        end: picks.ends[i]!,
        entityId,
        alias: stringAt(aliasTexts, entry),
      });
    }
    return hits;
  }

  /** Copies, so a caller writing into the result cannot corrupt a live matcher (strings are immutable). */
  serialize(): SerializedMatcher {
    const d = this.data;
    return {
      version: 2,
      childStart: d.childStart.slice(),
      label: d.label.slice(),
      fail: d.fail.slice(),
      entryNode: d.entryNode.slice(),
      entryEntity: d.entryEntity.slice(),
      entryCaseSensitive: d.entryCaseSensitive.slice(),
      aliasTexts: { text: d.aliasTexts.text, ends: d.aliasTexts.ends.slice() },
      caseKeys: d.caseKeys,
      entityIds: { text: d.entityIds.text, ends: d.entityIds.ends.slice() },
    };
  }
}

/** Wraps valid data in a Matcher; `depth` when the load's validation already worked it out. */
export function createMatcher(data: SerializedMatcher, depth?: Uint16Array): Matcher {
  const { nodeFirstEntry, entryNext } = chainEntries(data.entryNode, data.label.length);
  const automaton = deriveAutomaton(data, nodeFirstEntry, depth);
  return new CompiledMatcher(data, {
    automaton,
    entries: {
      entryNext,
      entryEntity: data.entryEntity,
      entryCaseSensitive: data.entryCaseSensitive,
      caseKeys: data.caseKeys,
      caseKeyStart: caseKeyStarts(data, automaton.depth),
    },
  });
}

/** Each case-sensitive entry's key follows the one before and is as long as its node is deep. */
function caseKeyStarts(data: SerializedMatcher, depth: Uint16Array): Int32Array {
  const starts = new Int32Array(data.entryNode.length);
  let at = 0;
  for (let e = 0; e < starts.length; e++) {
    if (data.entryCaseSensitive[e] === 0) continue;
    starts[e] = at;
    at += depth[data.entryNode[e]!]!;
  }
  return starts;
}

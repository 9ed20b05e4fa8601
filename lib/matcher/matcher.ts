import { alternativeEntities, type EntryChains } from './alternatives';
import { chainEntries, deriveAutomaton } from './automaton';
import { DROP, KEEP, KEEP_IF_NAMED, judgeHit, type HitsInText } from './context';
import { foldTablesFor, type FoldTables } from './fold';
import { stringAt } from './packed-strings';
import type { Picks } from './picks';
import { scanText, type ScanModel } from './scan';
import { runSteps, type Steps } from './steps';
import { ENTRY_CASE_SENSITIVE, type MatchHit, type Matcher, type SerializedMatcher } from './types';

interface JudgedText {
  text: string;
  tables: FoldTables;
  picks: Picks;
  verdicts: Uint8Array;
}

class CompiledMatcher implements Matcher {
  /** The entity index stop phrases share, or -1 when the matcher has none. */
  private readonly stopEntity: number;

  constructor(
    private readonly data: SerializedMatcher,
    private readonly model: ScanModel,
    private readonly chains: EntryChains,
  ) {
    this.stopEntity = indexOfEmpty(data.entityIds.ends);
  }

  get aliasCount(): number {
    return this.data.entryNode.length;
  }

  findMentions(text: string): MatchHit[] {
    return this.findMentionsInBlocks([text])[0]!;
  }

  findMentionsInBlocks(texts: readonly string[]): MatchHit[][] {
    if (!Array.isArray(texts) || texts.some((text) => typeof text !== 'string')) {
      throw new TypeError('findMentions: every text must be a string');
    }
    const judged = texts.map((text) => this.judge(text));
    const named = this.entitiesNamed(judged);
    return judged.map(({ text, tables, picks, verdicts }) => {
      const hits: MatchHit[] = [];
      for (let i = 0; i < picks.length; i++) {
        const entry = picks.entries[i]!;
        const verdict = verdicts[i]!;
        if (verdict === DROP || (verdict === KEEP_IF_NAMED && !named.has(this.data.entryEntity[entry]!))) continue;
        hits.push(this.hitOf(text, picks.starts[i]!, picks.ends[i]!, entry, tables));
      }
      return hits;
    });
  }

  /** Copies, so a caller writing into the result cannot corrupt a live matcher (strings are immutable). */
  serialize(): SerializedMatcher {
    const d = this.data;
    return {
      version: 3,
      childStart: d.childStart.slice(),
      label: d.label.slice(),
      fail: d.fail.slice(),
      entryNode: d.entryNode.slice(),
      entryEntity: d.entryEntity.slice(),
      entryFlags: d.entryFlags.slice(),
      aliasTexts: { text: d.aliasTexts.text, ends: d.aliasTexts.ends.slice() },
      caseKeys: d.caseKeys,
      entityIds: { text: d.entityIds.text, ends: d.entityIds.ends.slice() },
    };
  }

  /** Stop phrases get no verdict of their own: they are never reported. */
  private judge(text: string): JudgedText {
    // Filling the tables checks every unit of the text, so it is done once per text.
    const tables = foldTablesFor(text);
    const picks = scanText(this.model, text, tables);
    const { entryEntity, entryFlags } = this.data;
    const marks = new Uint8Array(picks.length);
    for (let i = 0; i < marks.length; i++) marks[i] = entryEntity[picks.entries[i]!] === this.stopEntity ? 0 : 1;
    const hits: HitsInText = { text, tables, starts: picks.starts, ends: picks.ends, marks };
    const verdicts = new Uint8Array(picks.length);
    for (let i = 0; i < verdicts.length; i++) {
      verdicts[i] = marks[i] === 0 ? DROP : judgeHit(hits, i, entryFlags[picks.entries[i]!]!);
    }
    return { text, tables, picks, verdicts };
  }

  /**
   * Entities some text of the call marks with no doubt: by a name that is no common word,
   * or by a common one capitalised mid-sentence. "Turkey" opening a headline is then the
   * state on a page that also says "Turkish" or "in Turkey".
   */
  private entitiesNamed(judged: readonly JudgedText[]): Set<number> {
    const named = new Set<number>();
    for (const { picks, verdicts } of judged) {
      for (let i = 0; i < picks.length; i++)
        if (verdicts[i] === KEEP) named.add(this.data.entryEntity[picks.entries[i]!]!);
    }
    return named;
  }

  private hitOf(text: string, start: number, end: number, entry: number, tables: FoldTables): MatchHit {
    const { aliasTexts, entityIds, entryEntity } = this.data;
    const entityId = stringAt(entityIds, entryEntity[entry]!);
    const hit: MatchHit = { start, end, entityId, alias: stringAt(aliasTexts, entry) };
    const others = alternativeEntities(this.chains, entry, text, start, end, tables, this.stopEntity);
    if (others.length > 0) hit.alternatives = others.map((entity) => stringAt(entityIds, entity));
    return hit;
  }
}

/** Wraps valid data in a Matcher; `depth` when the load's validation already worked it out. */
export function createMatcher(data: SerializedMatcher, depth?: Uint16Array): Matcher {
  return runSteps(createMatcherInSteps(data, depth));
}

/** The same in steps (steps.ts): each pass over the nodes or entries is one. */
export function* createMatcherInSteps(data: SerializedMatcher, depth?: Uint16Array): Steps<Matcher> {
  const { model, chains } = yield* scanModelInSteps(data, depth);
  return new CompiledMatcher(data, model, chains);
}

/** What the scanner and the alternatives read, derived from the data as stored. */
export function scanModelOf(data: SerializedMatcher, depth?: Uint16Array): { model: ScanModel; chains: EntryChains } {
  return runSteps(scanModelInSteps(data, depth));
}

function* scanModelInSteps(
  data: SerializedMatcher,
  depth?: Uint16Array,
): Steps<{ model: ScanModel; chains: EntryChains }> {
  const { nodeFirstEntry, entryNext } = chainEntries(data.entryNode, data.label.length);
  yield;
  const automaton = deriveAutomaton(data, nodeFirstEntry, depth);
  yield;
  const caseKeyStart = caseKeyStarts(data, automaton.depth);
  const { entryEntity, entryFlags, caseKeys, entryNode } = data;
  const entries = { entryNext, entryEntity, entryFlags, caseKeys, caseKeyStart };
  return { model: { automaton, entries }, chains: { ...entries, entryNode, nodeFirstEntry, depth: automaton.depth } };
}

/** Each case-sensitive entry's key follows the one before and is as long as its node is deep. */
function caseKeyStarts(data: SerializedMatcher, depth: Uint16Array): Int32Array {
  const starts = new Int32Array(data.entryNode.length);
  let at = 0;
  for (let e = 0; e < starts.length; e++) {
    if ((data.entryFlags[e]! & ENTRY_CASE_SENSITIVE) === 0) continue;
    starts[e] = at;
    at += depth[data.entryNode[e]!]!;
  }
  return starts;
}

/** Stop phrases share the one empty entity id (STOP_ENTITY): the packed string of length 0. */
function indexOfEmpty(ends: Uint32Array): number {
  for (let i = 0; i < ends.length; i++) if (ends[i] === (i === 0 ? 0 : ends[i - 1])) return i;
  return -1;
}

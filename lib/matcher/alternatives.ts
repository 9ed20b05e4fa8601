import { CLASS_TRANSPARENT, SPACE, type FoldTables } from './fold';
import { ENTRY_CASE_SENSITIVE } from './types';

export interface EntryChains {
  readonly entryNode: Int32Array;
  readonly nodeFirstEntry: Int32Array;
  readonly entryNext: Int32Array;
  readonly entryEntity: Int32Array;
  readonly entryFlags: Uint8Array;
  readonly caseKeys: string;
  readonly caseKeyStart: Int32Array;
  readonly depth: Uint16Array;
}

/**
 * The other entities a hit could mean: those with an alias folding the same (entries that
 * end at the same node) whose case rule the hit's text meets, in entry order, each once.
 * Only a node with more than one entry has any, so most hits cost one read.
 */
export function alternativeEntities(
  chains: EntryChains,
  winner: number,
  text: string,
  start: number,
  end: number,
  tables: FoldTables,
  skip: number,
): number[] {
  const node = chains.entryNode[winner]!;
  const first = chains.nodeFirstEntry[node]!;
  if (first === winner && chains.entryNext[winner] === -1) return [];
  const found: number[] = [];
  const own = chains.entryEntity[winner]!;
  for (let e = first; e >= 0; e = chains.entryNext[e]!) {
    const entity = chains.entryEntity[e]!;
    if (e === winner || entity === own || entity === skip || found.includes(entity)) continue;
    const caseSensitive = (chains.entryFlags[e]! & ENTRY_CASE_SENSITIVE) !== 0;
    const from = chains.caseKeyStart[e]!;
    if (caseSensitive && !sameCaseAs(chains.caseKeys, from, chains.depth[node]!, text, start, end, tables)) continue;
    found.push(entity);
  }
  return found;
}

/**
 * The hit's text read as the scanner fed it (transparent units skipped, a whitespace run
 * as one space), with case kept, against an entry's case key.
 */
function sameCaseAs(
  caseKeys: string,
  from: number,
  length: number,
  text: string,
  start: number,
  end: number,
  tables: FoldTables,
): boolean {
  const { base, flags } = tables;
  let k = 0;
  let lastWasSpace = false;
  for (let p = start; p < end; p++) {
    const u = text.charCodeAt(p);
    if ((flags[u]! & CLASS_TRANSPARENT) !== 0) continue;
    const unit = base[u]!;
    if (unit === SPACE && lastWasSpace) continue;
    lastWasSpace = unit === SPACE;
    if (k >= length || unit !== caseKeys.charCodeAt(from + k)) return false;
    k++;
  }
  return k === length;
}

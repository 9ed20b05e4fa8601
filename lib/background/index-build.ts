import {
  buildMatcherInSteps,
  inSlices,
  isTypedArray,
  loadMatcher,
  type Matcher,
  type SerializedMatcher,
  type Steps,
} from '@/lib/matcher';
import type { PageEntity } from '@/lib/messaging/protocol';
import { isLive, matchableAliasesInSteps, type EntityWithAliases, type RelationRecord } from '@/lib/store';
import { entityTable, isEntityTable, type EntityTable } from './entity-table';
import { markWake } from './wake-marks';

// What the mention index is made of, how it is built from the store's records, and how it is
// cached and loaded again (mention-index.ts decides when).

/** Relations that tie a place to the place it lies in: what tells Georgia the state from Georgia the country. */
const PLACE_RELATIONS: ReadonlySet<string> = new Set(['located-in', 'part-of', 'capital-of']);

/** What the index keeps of the store's relations: enough to tell namesake places apart. */
export interface PlaceRelations {
  /** Entity positions tied by a place relation, in pairs: [from, to, from, to, ...]. */
  pairs: Int32Array;
  /** Positions of the capitals of states: of two namesakes, the one a page means when it says no more. */
  capitals: Int32Array;
}

export interface CachedIndex {
  matcher: SerializedMatcher;
  entities: EntityTable;
  places: PlaceRelations;
}

export interface LoadedIndex {
  matcher: Matcher;
  entities: EntityTable;
  places: PlaceRelations;
  /** Per position, the positions tied to it by a place relation; made on the first shared name. */
  placeNeighbours?: Map<number, number[]>;
  capitals?: Set<number>;
}

export function cachedForm(index: LoadedIndex): CachedIndex {
  return { matcher: index.matcher.serialize(), entities: index.entities, places: index.places };
}

/** A cached index, checked as it is loaded; undefined when it is damaged or of an old shape. */
export function loadCached(stored: unknown): LoadedIndex | undefined {
  try {
    const value = stored as CachedIndex;
    if (!isEntityTable(value.entities) || !isPlaceRelations(value.places, value.entities.kinds.length))
      return undefined;
    markWake('entities-checked');
    return { matcher: loadMatcher(value.matcher), entities: value.entities, places: value.places };
  } catch {
    return undefined;
  }
}

/** The automaton is built with each entity's position in the entity table as its id, in steps (lib/matcher's steps.ts). */
export function* indexInSteps(all: EntityWithAliases[], relations: RelationRecord[]): Steps<LoadedIndex> {
  const entities: PageEntity[] = new Array<PageEntity>(all.length);
  const positions = new Map<string, number>();
  yield* inSlices(all.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const { id, name, kind } = all[i]!.entity;
      entities[i] = { id, name, kind };
      positions.set(id, i);
    }
  });
  const aliases = yield* matchableAliasesInSteps(all);
  yield* inSlices(aliases.length, (from, to) => {
    for (let i = from; i < to; i++)
      aliases[i] = { ...aliases[i]!, entityId: String(positions.get(aliases[i]!.entityId)!) };
  });
  const matcher = yield* buildMatcherInSteps(aliases);
  const places = placeRelations(relations, positions);
  return { matcher, entities: entityTable(entities), places };
}

function placeRelations(relations: RelationRecord[], positions: ReadonlyMap<string, number>): PlaceRelations {
  const pairs: number[] = [];
  const capitals: number[] = [];
  for (const relation of relations) {
    if (!isLive(relation) || !PLACE_RELATIONS.has(relation.type)) continue;
    const from = positions.get(relation.fromId);
    const to = positions.get(relation.toId);
    if (from === undefined || to === undefined) continue;
    pairs.push(from, to);
    if (relation.type === 'capital-of') capitals.push(from);
  }
  return { pairs: Int32Array.from(pairs), capitals: Int32Array.from(capitals) };
}

/** Checked like the rest of the cache: positions inside the entity table, the pairs in pairs. */
function isPlaceRelations(value: unknown, entityCount: number): value is PlaceRelations {
  if (typeof value !== 'object' || value === null) return false;
  const { pairs, capitals } = value as Record<string, unknown>;
  return arePositions(pairs, entityCount) && pairs.length % 2 === 0 && arePositions(capitals, entityCount);
}

function arePositions(value: unknown, entityCount: number): value is Int32Array {
  if (!isTypedArray(value, Int32Array)) return false;
  for (let i = 0; i < value.length; i++) if (value[i]! < 0 || value[i]! >= entityCount) return false;
  return true;
}

import type { MatchHit } from '@/lib/matcher';
import type { ChunkHit, PageEntity } from '@/lib/messaging/protocol';
import { entityAt } from './entity-table';
import type { LoadedIndex } from './index-build';

const DECIMAL = /^(0|[1-9]\d*)$/;

/** The hits in `chunks`, with the entities they name, a name two actors share resolved by the page. */
export function hitsIn(index: LoadedIndex, chunks: string[]): { hits: ChunkHit[]; entities: PageEntity[] } {
  const found = index.matcher.findMentionsInBlocks(chunks);
  const context = pageContext(found);
  const hits: ChunkHit[] = [];
  const seen = new Map<number, PageEntity>();
  found.forEach((chunkHits, chunk) => {
    for (const hit of chunkHits) {
      const candidates = [hit.entityId, ...(hit.alternatives ?? [])].map(positionOf);
      const position = candidates.length > 1 ? resolveShared(index, candidates, context) : candidates[0]!;
      const entity = seen.get(position) ?? entityAt(index.entities, position);
      if (!entity) continue;
      seen.set(position, entity);
      const alternatives = candidates
        .filter((other) => other !== position)
        .flatMap((other) => entityAt(index.entities, other)?.id ?? []);
      const { start, end } = hit;
      hits.push({ chunk, start, end, entityId: entity.id, ...(alternatives.length > 0 && { alternatives }) });
    }
  });
  return { hits, entities: [...seen.values()] };
}

/** Positions are written as plain decimals; any other form is a damaged cache's. */
function positionOf(id: string): number {
  return DECIMAL.test(id) ? Number(id) : Number.NaN;
}

/** What the page names without doubt, and (made on the first shared name) the places those lie in or hold. */
interface PageContext {
  named: Set<number>;
  near?: Set<number>;
}

/** The entities of hits whose name no other entity shares. */
function pageContext(found: MatchHit[][]): PageContext {
  const named = new Set<number>();
  for (const chunkHits of found)
    for (const hit of chunkHits) if (!hit.alternatives) named.add(positionOf(hit.entityId));
  return { named };
}

/**
 * A shared name means the candidate tied by a place relation (located-in, part-of,
 * capital-of, either way) to something the page names without doubt: "Atlanta" makes
 * "Georgia" the state, "Tbilisi" the country. Failing that, the candidate that shares a
 * place with one ("Victoria" beside "Queensland": both in Australia); then a state's
 * capital ("London" alone is not London, Ontario); then the first, as the matcher ordered
 * them (the store's order of ids).
 */
function resolveShared(index: LoadedIndex, candidates: number[], context: PageContext): number {
  const neighbours = (index.placeNeighbours ??= neighboursOf(index.places.pairs));
  const capitals = (index.capitals ??= new Set(index.places.capitals));
  const tiedTo = (places: ReadonlySet<number>) =>
    candidates.find((candidate) => neighbours.get(candidate)?.some((other) => places.has(other)));
  context.near ??= new Set([...context.named].flatMap((position) => neighbours.get(position) ?? []));
  const capital = candidates.find((candidate) => capitals.has(candidate));
  return tiedTo(context.named) ?? tiedTo(context.near) ?? capital ?? candidates[0]!;
}

function neighboursOf(places: Int32Array): Map<number, number[]> {
  const neighbours = new Map<number, number[]>();
  const add = (from: number, to: number) => {
    const list = neighbours.get(from);
    if (list) list.push(to);
    else neighbours.set(from, [to]);
  };
  for (let i = 0; i + 1 < places.length; i += 2) {
    add(places[i]!, places[i + 1]!);
    add(places[i + 1]!, places[i]!);
  }
  return neighbours;
}

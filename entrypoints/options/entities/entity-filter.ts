import type { EntityKind, EntityRecord } from '@/lib/store';

/** The left column's choices; an absent one does not narrow the list. */
export interface EntityFilters {
  kind?: EntityKind;
  packId?: string;
  tag?: string;
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function sortByName(entities: readonly EntityRecord[]): EntityRecord[] {
  return [...entities].sort((a, b) => byName.compare(a.name, b.name));
}

function passes(entity: EntityRecord, { kind, packId, tag }: EntityFilters): boolean {
  return (
    (kind === undefined || entity.kind === kind) &&
    (packId === undefined || entity.packId === packId) &&
    (tag === undefined || (entity.tags ?? []).includes(tag))
  );
}

/**
 * The list the reader sees: with no search, every entity that passes the filters in name
 * order (`sorted` is already in it); with a search, only the matches, best first.
 */
export function visibleEntities(
  sorted: readonly EntityRecord[],
  filters: EntityFilters,
  ranked: readonly string[] | undefined,
): EntityRecord[] {
  if (!ranked) return sorted.filter((entity) => passes(entity, filters));
  const byId = new Map(sorted.map((entity) => [entity.id, entity]));
  return ranked.flatMap((id) => {
    const entity = byId.get(id);
    return entity && passes(entity, filters) ? [entity] : [];
  });
}

export interface TagCount {
  tag: string;
  count: number;
}

export function tagCounts(entities: readonly EntityRecord[]): TagCount[] {
  const counts = new Map<string, number>();
  for (const entity of entities) {
    for (const tag of entity.tags ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => byName.compare(a.tag, b.tag));
}

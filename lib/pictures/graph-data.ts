import type { EntityKind, PartialDate, RelationType } from '@/lib/store';

/** What the relation graph needs of an entity; an EntityRecord or EntitySummary will do. */
export interface GraphEntity {
  id: string;
  name: string;
  kind: EntityKind;
  tags?: string[];
}

/** What the relation graph needs of a relation; a RelationRecord will do. */
export interface GraphRelation {
  id: string;
  fromId: string;
  toId: string;
  type: RelationType;
  start?: PartialDate;
  end?: PartialDate;
}

export interface GraphNode extends GraphEntity {
  /** Relations drawn at this node. */
  degree: number;
}

export interface GraphData {
  /** Sorted by id, so the layout does not depend on the order the store returned. */
  nodes: GraphNode[];
  /** Only relations with both ends among the nodes. */
  relations: GraphRelation[];
  /** Entities left out because the picture holds at most `limit`. */
  hiddenCount: number;
}

/** Past a few hundred nodes the O(n²) layout slows and the picture turns to felt. */
export const MAX_GRAPH_NODES = 300;

function degrees(relations: readonly GraphRelation[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of relations) {
    counts.set(r.fromId, (counts.get(r.fromId) ?? 0) + 1);
    counts.set(r.toId, (counts.get(r.toId) ?? 0) + 1);
  }
  return counts;
}

function linking(relations: readonly GraphRelation[], ids: ReadonlySet<string>): GraphRelation[] {
  return relations.filter((r) => r.fromId !== r.toId && ids.has(r.fromId) && ids.has(r.toId));
}

/**
 * The nodes and edges to draw: relations to entities not given are dropped, and past `limit`
 * entities only the most connected are kept (ties by name, so the choice is stable).
 */
export function selectGraph(
  entities: readonly GraphEntity[],
  relations: readonly GraphRelation[],
  limit = MAX_GRAPH_NODES,
): GraphData {
  const unique = [...new Map(entities.map((e) => [e.id, e])).values()];
  let kept = unique;
  let drawn = linking(relations, new Set(unique.map((e) => e.id)));
  if (unique.length > limit) {
    const counts = degrees(drawn);
    kept = [...unique]
      .sort(
        (a, b) =>
          (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
      )
      .slice(0, limit);
    drawn = linking(drawn, new Set(kept.map((e) => e.id)));
  }
  const counts = degrees(drawn);
  const nodes = kept
    .map((e) => ({ ...e, degree: counts.get(e.id) ?? 0 }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { nodes, relations: drawn, hiddenCount: unique.length - kept.length };
}

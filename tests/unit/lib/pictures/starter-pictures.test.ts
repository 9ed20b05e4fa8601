import { describe, expect, it } from 'vitest';
import { allianceGroups, runForceLayout, selectGraph, type GraphEntity, type GraphRelation } from '@/lib/pictures';
import { starterPack } from '@/lib/packs';

/** The starter pack as the editor would hand it over: every entity and every relation. */
function starterGraph() {
  const entities: GraphEntity[] = starterPack.entities.map((e) => ({
    id: e.id,
    name: e.name,
    kind: e.kind as GraphEntity['kind'],
  }));
  const relations: GraphRelation[] = starterPack.entities.flatMap((e) =>
    ((e as { relations?: { type: string; target: string }[] }).relations ?? []).map((r, i) => ({
      id: `${e.id}-${i}`,
      fromId: e.id,
      toId: r.target,
      type: r.type as GraphRelation['type'],
    })),
  );
  return selectGraph(entities, relations);
}

describe('the pictures of the starter pack', () => {
  it('lays out all its actors inside the box, the same way twice', () => {
    const graph = starterGraph();
    const ids = graph.nodes.map((n) => n.id);
    const index = new Map(ids.map((id, i) => [id, i]));
    const edges = graph.relations.map((r) => [index.get(r.fromId)!, index.get(r.toId)!] as [number, number]);
    const layout = runForceLayout(ids, edges);
    const again = runForceLayout(ids, edges);
    expect(graph.nodes.length).toBeGreaterThan(80);
    expect([...layout.xs]).toEqual([...again.xs]);
    for (let i = 0; i < ids.length; i++) {
      expect(layout.xs[i]).toBeGreaterThan(0);
      expect(layout.xs[i]).toBeLessThan(layout.width);
      expect(layout.ys[i]).toBeGreaterThan(0);
      expect(layout.ys[i]).toBeLessThan(layout.height);
    }
  });

  it('puts Russia, Iran and Syria on one side and Turkey with the Free Syrian Army on another', () => {
    const graph = starterGraph();
    const { groupOf } = allianceGroups(graph.nodes, graph.relations);
    expect(groupOf.get('russia')).toBe(groupOf.get('iran'));
    expect(groupOf.get('russia')).toBe(groupOf.get('syria'));
    expect(groupOf.get('turkey')).toBe(groupOf.get('free-syrian-army'));
    expect(groupOf.get('turkey')).not.toBe(groupOf.get('russia'));
  });
});

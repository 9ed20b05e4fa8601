import { describe, expect, it } from 'vitest';
import { selectGraph, type GraphEntity, type GraphRelation } from '@/lib/pictures';

const actor = (id: string): GraphEntity => ({ id, name: id.toUpperCase(), kind: 'state' });
const ally = (fromId: string, toId: string): GraphRelation => ({
  id: `${fromId}-${toId}`,
  fromId,
  toId,
  type: 'ally-of',
});

describe('choosing what the graph draws', () => {
  it('drops relations to entities it was not given, and counts the rest per node', () => {
    const graph = selectGraph([actor('russia'), actor('syria')], [ally('russia', 'syria'), ally('russia', 'iran')]);
    expect(graph.relations.map((r) => r.id)).toEqual(['russia-syria']);
    expect(graph.nodes.map((n) => [n.id, n.degree])).toEqual([
      ['russia', 1],
      ['syria', 1],
    ]);
    expect(graph.hiddenCount).toBe(0);
  });

  it('orders nodes by id whatever order the store returned them in', () => {
    const a = selectGraph([actor('b'), actor('a'), actor('c')], []);
    const b = selectGraph([actor('c'), actor('b'), actor('a')], []);
    expect(a.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(b.nodes).toEqual(a.nodes);
  });

  it('keeps only the most connected entities past the limit, and says how many it left out', () => {
    const entities = ['hub', 'a', 'b', 'c', 'loner'].map(actor);
    const relations = [ally('hub', 'a'), ally('hub', 'b'), ally('hub', 'c'), ally('a', 'b')];
    const graph = selectGraph(entities, relations, 3);
    expect(graph.nodes.map((n) => n.id)).toEqual(['a', 'b', 'hub']);
    expect(graph.hiddenCount).toBe(2);
    expect(graph.relations.map((r) => r.id)).toEqual(['hub-a', 'hub-b', 'a-b']);
  });

  it('ignores a relation from an entity to itself and a repeated entity', () => {
    const graph = selectGraph([actor('a'), actor('a')], [ally('a', 'a')]);
    expect(graph.nodes).toHaveLength(1);
    expect(graph.relations).toEqual([]);
  });
});

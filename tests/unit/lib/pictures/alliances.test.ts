import { describe, expect, it } from 'vitest';
import { allianceGroups, type GraphEntity, type GraphRelation } from '@/lib/pictures';

const names: Record<string, string> = {
  russia: 'Russia',
  iran: 'Iran',
  syria: 'Syria',
  hezbollah: 'Hezbollah',
  turkey: 'Turkey',
  fsa: 'Free Syrian Army',
  isis: 'Islamic State',
  putin: 'Vladimir Putin',
};
const entities: GraphEntity[] = Object.entries(names).map(([id, name]) => ({
  id,
  name,
  kind: id === 'putin' ? 'person' : 'state',
}));
let next = 0;
const rel = (fromId: string, type: GraphRelation['type'], toId: string): GraphRelation => ({
  id: `r${next++}`,
  fromId,
  toId,
  type,
});

const relations = [
  rel('russia', 'ally-of', 'syria'),
  rel('russia', 'ally-of', 'iran'),
  rel('iran', 'ally-of', 'syria'),
  rel('hezbollah', 'ally-of', 'syria'),
  rel('hezbollah', 'ally-of', 'iran'),
  rel('turkey', 'ally-of', 'fsa'),
  rel('turkey', 'adversary-of', 'syria'),
  rel('fsa', 'adversary-of', 'syria'),
  rel('russia', 'adversary-of', 'isis'),
  rel('putin', 'leads', 'russia'),
];

describe('colouring by alliance', () => {
  it('puts Russia, Iran, Syria and Hezbollah in one group and Turkey with the Free Syrian Army in another', () => {
    const { groups, groupOf } = allianceGroups(entities, relations);
    expect(groups).toHaveLength(2);
    expect(new Set(groups[0]!.memberIds)).toEqual(new Set(['russia', 'iran', 'syria', 'hezbollah']));
    expect(new Set(groups[1]!.memberIds)).toEqual(new Set(['turkey', 'fsa']));
    expect(groupOf.get('russia')).toBe(groupOf.get('hezbollah'));
    expect(groupOf.get('turkey')).not.toBe(groupOf.get('syria'));
  });

  it('leaves actors with no ally-of link out of every group, whatever else links them', () => {
    const { groupOf } = allianceGroups(entities, relations);
    expect(groupOf.has('isis')).toBe(false);
    expect(groupOf.has('putin')).toBe(false);
  });

  it('names a group by its most-allied members', () => {
    const { groups } = allianceGroups(entities, relations);
    expect(groups[0]!.label).toBe('Iran, Syria, Hezbollah +1');
    expect(groups[1]!.label).toBe('Free Syrian Army, Turkey');
  });

  it('joins an ally of an ally even where the two are adversaries: the rule is the plain one', () => {
    const joined = allianceGroups(entities, [...relations, rel('turkey', 'ally-of', 'russia')]);
    expect(joined.groups).toHaveLength(1);
  });

  it('ignores relations to entities not in the picture', () => {
    const { groups } = allianceGroups(
      entities.filter((e) => e.id !== 'fsa'),
      relations,
    );
    expect(groups.map((g) => g.memberIds.length)).toEqual([4]);
  });
});

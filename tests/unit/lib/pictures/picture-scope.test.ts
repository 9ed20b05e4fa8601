import { describe, expect, it } from 'vitest';
import { pictureScope, recentYears } from '@/lib/pictures';
import type { AliasRecord, EntityRecord, FactRecord, RelationRecord } from '@/lib/store';

const base = { createdAt: 0, updatedAt: 0, origin: 'pack' as const };
const entity = (id: string, extra: Partial<EntityRecord> = {}): EntityRecord => ({
  ...base,
  id,
  name: id,
  kind: 'person',
  summary: '',
  ...extra,
});
const fact = (id: string, entityId: string, date: string): FactRecord => ({
  ...base,
  id,
  entityId,
  text: `About ${entityId}`,
  date,
});
const relation = (fromId: string, toId: string, extra: Partial<RelationRecord> = {}): RelationRecord => ({
  ...base,
  id: `${fromId}-${toId}`,
  fromId,
  toId,
  type: 'ally-of',
  ...extra,
});

/** A hub linked to everyone, a few actors each linked to a number of others, and one fact from 1786. */
function store() {
  const entities = [
    entity('hub', { tags: ['watch'] }),
    entity('a-quiet-one'),
    ...Array.from({ length: 40 }, (_, i) =>
      entity(`actor-${String(i).padStart(2, '0')}`, { kind: i % 2 ? 'state' : 'person' }),
    ),
    entity('old-war', { kind: 'event', start: '1990', end: '1991' }),
    entity('new-war', { kind: 'event', start: '2022-02-24' }),
  ];
  const relations = [
    ...entities.filter((e) => e.id !== 'hub').map((e) => relation('hub', e.id)),
    relation('actor-00', 'actor-01'),
    relation('actor-00', 'actor-02'),
    relation('actor-03', 'actor-04', { start: '1950', end: '1960' }),
    relation('actor-05', 'actor-06', { start: '2012-05-07' }),
  ];
  const facts = [
    fact('f-old', 'hub', '1786'),
    ...Array.from({ length: 12 }, (_, i) => fact(`f-${i}`, `actor-${String(i).padStart(2, '0')}`, `${2015 + i}-05`)),
    fact('f-hub', 'hub', '2024-03-01'),
  ];
  const aliases: AliasRecord[] = [{ ...base, id: 'a1', entityId: 'actor-07', text: 'Ankara', caseSensitive: false }];
  return { entities, relations, facts, aliases };
}

describe('what the pictures show by default', () => {
  const scope = pictureScope(store(), {});

  it('opens on the ten years up to the latest dated thing, not stretched back by one old fact', () => {
    expect(scope.years).toEqual({ from: 2017, to: 2026 });
    expect(scope.allYears).toEqual({ from: 1786, to: 2026 });
    expect(scope.before).toBe(4);
    expect(scope.after).toBe(0);
  });

  it('among equally connected actors, draws the ones with facts in the years first', () => {
    const few = pictureScope(store(), { actors: 8 }).entities.map((e) => e.id);
    expect(few.slice(6)).toEqual(['actor-03', 'actor-04']);
  });

  it('draws the thirty most connected actors and counts the rest for “Show all”', () => {
    expect(scope.entities).toHaveLength(30);
    expect(scope.entities[0]!.id).toBe('hub');
    expect(scope.entities[1]!.id).toBe('actor-00');
    expect(scope.actorsTotal).toBe(43);
    expect(scope.entities.map((e) => e.id)).not.toContain('old-war');
  });

  it('leaves out relations dated outside the years, and keeps one that began before them and still holds', () => {
    expect(scope.relations.some((r) => r.fromId === 'actor-03' && r.toId === 'actor-04')).toBe(false);
    expect(scope.relations.some((r) => r.fromId === 'actor-05' && r.toId === 'actor-06')).toBe(true);
  });

  it('gives eight actors a timeline lane, with no lane of everyone else', () => {
    expect(scope.lanesShown).toBe(8);
    expect(new Set(scope.facts.map((f) => f.entityId)).size).toBe(8);
    expect(scope.lanesTotal).toBeGreaterThan(8);
    expect(scope.facts.every((f) => f.date >= '2017')).toBe(true);
    expect(scope.events.map((e) => e.id)).toEqual(['new-war']);
  });
});

describe('narrowing and widening the pictures', () => {
  it('widens to every actor and lane, and to the whole range of years', () => {
    const all = pictureScope(store(), { actors: Infinity, lanes: Infinity, years: { from: 1786, to: 2026 } });
    expect(all.entities).toHaveLength(44);
    expect(all.before).toBe(0);
    expect(all.events.map((e) => e.id).sort()).toEqual(['new-war', 'old-war']);
    expect(all.facts.some((f) => f.id === 'f-old')).toBe(true);
  });

  it('filters by kind, by tag, and by a part of a name or alias in any case', () => {
    expect(pictureScope(store(), { kind: 'state', actors: Infinity }).entities.every((e) => e.kind === 'state')).toBe(
      true,
    );
    expect(pictureScope(store(), { tag: 'watch' }).entities.map((e) => e.id)).toEqual(['hub']);
    expect(pictureScope(store(), { text: 'ANKARA' }).entities.map((e) => e.id)).toEqual(['actor-07']);
    expect(pictureScope(store(), { text: 'actor-1' }).actorsTotal).toBe(10);
  });

  it('has no recent years to offer when nothing is dated', () => {
    expect(recentYears([])).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { factLanes, packRows, type Extent } from '@/lib/pictures';

/** A small pseudo-random sequence, so the property test is the same on every run. */
function intervals(count: number, seed: number): Extent[] {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => {
    const from = Math.round(random() * 1000);
    return { from, to: from + Math.round(random() * 120) };
  });
}

describe('packing the timeline into rows', () => {
  it('never puts two overlapping items in one row', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const items = intervals(80, seed);
      const rows = packRows(items, 4);
      for (let i = 0; i < items.length; i++) {
        for (let j = i + 1; j < items.length; j++) {
          if (rows[i] !== rows[j]) continue;
          const [a, b] = [items[i]!, items[j]!];
          expect(a.to + 4 <= b.from || b.to + 4 <= a.from, `items ${i} and ${j} share row ${rows[i]}`).toBe(true);
        }
      }
    }
  });

  it('uses no more rows than the most items at one moment', () => {
    const items = [
      { from: 0, to: 10 },
      { from: 5, to: 15 },
      { from: 12, to: 20 },
      { from: 16, to: 30 },
    ];
    expect(packRows(items)).toEqual([0, 1, 0, 1]);
  });

  it('answers in the order given, and keeps each row in time order', () => {
    const items = [
      { from: 50, to: 60 },
      { from: 0, to: 10 },
      { from: 20, to: 30 },
    ];
    expect(packRows(items)).toEqual([0, 0, 0]);
  });

  it('puts items past the last row where it frees up first', () => {
    const items = [
      { from: 0, to: 100 },
      { from: 0, to: 10 },
      { from: 5, to: 50 },
    ];
    expect(packRows(items, 0, 2)).toEqual([1, 0, 0]);
  });
});

describe('lanes of facts', () => {
  const fact = (entityId: string, entityName: string) => ({ entityId, entityName });

  it('gives each entity its own lane, in name order, while there is room', () => {
    const lanes = factLanes([fact('p', 'Putin'), fact('a', 'Assad'), fact('p', 'Putin')], 5);
    expect(lanes.map((l) => [l.label, l.facts.length])).toEqual([
      ['Assad', 1],
      ['Putin', 2],
    ]);
  });

  it('keeps lanes for the entities with most facts and groups the rest', () => {
    const facts = [
      fact('p', 'Putin'),
      fact('p', 'Putin'),
      fact('e', 'Erdoğan'),
      fact('e', 'Erdoğan'),
      fact('a', 'Assad'),
      fact('k', 'Kerry'),
    ];
    const lanes = factLanes(facts, 3);
    expect(lanes.map((l) => l.label)).toEqual(['Erdoğan', 'Putin', 'Other actors (2)']);
    expect(lanes[2]!.facts.map((f) => f.entityId)).toEqual(['a', 'k']);
  });

  it('keys lanes so that no entity id can pass for the lane of the rest', () => {
    const lanes = factLanes([fact('other', 'Other'), fact('x', 'X'), fact('y', 'Y')], 2);
    expect(lanes.map((l) => l.key)).toEqual(['entity:other', 'other']);
  });
});

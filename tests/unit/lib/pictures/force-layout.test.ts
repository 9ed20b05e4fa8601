import { describe, expect, it } from 'vitest';
import { createForceLayout, runForceLayout, stepForceLayout } from '@/lib/pictures';

/** Two groups of five, each a ring with a spoke, and no edge between the groups. */
function twoClusters() {
  const ids = [
    ...['a', 'b', 'c', 'd', 'e'].map((s) => `left-${s}`),
    ...['a', 'b', 'c', 'd', 'e'].map((s) => `right-${s}`),
  ];
  const ring = (offset: number) =>
    [0, 1, 2, 3, 4].flatMap(
      (i) =>
        [
          [offset + i, offset + ((i + 1) % 5)],
          [offset + i, offset + ((i + 2) % 5)],
        ] as [number, number][],
    );
  return { ids, edges: [...ring(0), ...ring(5)] };
}

const centre = (xs: number[], ys: number[]) => [
  xs.reduce((a, b) => a + b) / xs.length,
  ys.reduce((a, b) => a + b) / ys.length,
];

describe('the force layout', () => {
  it('settles the same graph in the same place every time', () => {
    const { ids, edges } = twoClusters();
    const first = runForceLayout(ids, edges);
    const second = runForceLayout(ids, edges);
    expect([...first.xs]).toEqual([...second.xs]);
    expect([...first.ys]).toEqual([...second.ys]);
  });

  it('ends in the same place whether run at once or in small batches', () => {
    const { ids, edges } = twoClusters();
    const whole = runForceLayout(ids, edges);
    const sliced = createForceLayout(ids, edges);
    let batches = 0;
    while (!stepForceLayout(sliced, 7)) batches++;
    expect(batches).toBeGreaterThan(10);
    expect([...sliced.xs]).toEqual([...whole.xs]);
  });

  it('keeps every node inside its box', () => {
    const ids = Array.from({ length: 60 }, (_, i) => `n${i}`);
    const edges = ids.slice(1).map((_, i) => [0, i + 1] as [number, number]);
    const layout = runForceLayout(ids, edges, { width: 400, height: 300 });
    for (let i = 0; i < ids.length; i++) {
      expect(layout.xs[i]).toBeGreaterThanOrEqual(0);
      expect(layout.xs[i]).toBeLessThanOrEqual(400);
      expect(layout.ys[i]).toBeGreaterThanOrEqual(0);
      expect(layout.ys[i]).toBeLessThanOrEqual(300);
    }
  });

  it('draws two unconnected clusters apart, each node nearer its own', () => {
    const { ids, edges } = twoClusters();
    const layout = runForceLayout(ids, edges);
    const xs = [...layout.xs];
    const ys = [...layout.ys];
    const [lx, ly] = centre(xs.slice(0, 5), ys.slice(0, 5));
    const [rx, ry] = centre(xs.slice(5), ys.slice(5));
    for (let i = 0; i < 10; i++) {
      const own = i < 5 ? [lx!, ly!] : [rx!, ry!];
      const other = i < 5 ? [rx!, ry!] : [lx!, ly!];
      expect(Math.hypot(xs[i]! - own[0]!, ys[i]! - own[1]!)).toBeLessThan(
        Math.hypot(xs[i]! - other[0]!, ys[i]! - other[1]!),
      );
    }
  });

  it('keeps linked nodes closer than unlinked ones', () => {
    const ids = ['hub', 'a', 'b', 'c', 'far-1', 'far-2'];
    const edges: [number, number][] = [
      [0, 1],
      [0, 2],
      [0, 3],
      [4, 5],
    ];
    const layout = runForceLayout(ids, edges);
    const distance = (i: number, j: number) => Math.hypot(layout.xs[i]! - layout.xs[j]!, layout.ys[i]! - layout.ys[j]!);
    expect(distance(0, 1)).toBeLessThan(distance(1, 4));
  });

  it('shelves nodes without relations in a row under the rest', () => {
    const ids = ['a', 'b', 'c', 'loner-1', 'loner-2'];
    const layout = runForceLayout(ids, [
      [0, 1],
      [1, 2],
    ]);
    const lowestLinked = Math.max(layout.ys[0]!, layout.ys[1]!, layout.ys[2]!);
    expect(layout.ys[3]).toBeGreaterThan(lowestLinked);
    expect(layout.ys[3]).toBe(layout.ys[4]);
    expect(layout.xs[3]).not.toBe(layout.xs[4]);
  });

  it('copes with no nodes, and with one', () => {
    expect(runForceLayout([], []).xs.length).toBe(0);
    const single = runForceLayout(['only'], []);
    expect(Number.isFinite(single.xs[0])).toBe(true);
  });
});

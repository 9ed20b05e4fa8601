import { describe, expect, it } from 'vitest';
import { fitView, panBy, toScreen, zoomAt } from '@/lib/pictures';

const port = { width: 800, height: 600 };

describe('zooming and panning the graph', () => {
  it('fits every point inside the viewport with room to spare', () => {
    const view = fitView([0, 1000, 500], [0, 400, 200], port, 40);
    for (const [x, y] of [
      [0, 0],
      [1000, 400],
    ] as const) {
      const [sx, sy] = toScreen(view, port, x, y);
      expect(sx).toBeGreaterThanOrEqual(40 - 1e-9);
      expect(sx).toBeLessThanOrEqual(760 + 1e-9);
      expect(sy).toBeGreaterThanOrEqual(0);
      expect(sy).toBeLessThanOrEqual(600);
    }
  });

  it('does not blow a tiny graph up past 1.5 times', () => {
    expect(fitView([0, 10], [0, 10], port).scale).toBe(1.5);
  });

  it('keeps the point under the pointer still while zooming', () => {
    const view = { scale: 1, cx: 0, cy: 0 };
    const before = { x: (600 - 400) / 1 + 0, y: (100 - 300) / 1 + 0 };
    const zoomed = zoomAt(view, port, 2, 600, 100);
    expect(zoomed.scale).toBe(2);
    expect(toScreen(zoomed, port, before.x, before.y)).toEqual([600, 100]);
  });

  it('moves the picture with the pointer when panning', () => {
    const view = { scale: 2, cx: 100, cy: 100 };
    const [sx, sy] = toScreen(view, port, 150, 150);
    const panned = panBy(view, 30, -20);
    expect(toScreen(panned, port, 150, 150)).toEqual([sx + 30, sy - 20]);
  });
});

import { describe, expect, it } from 'vitest';
import { arrowDirection, nearestInDirection, stepInList } from '@/lib/pictures';

describe('moving between the graph’s nodes by arrow keys', () => {
  //   b       c
  // a   (o)      d
  //       e
  const points = [
    [0, 50],
    [30, 10],
    [100, 0],
    [200, 60],
    [70, 100],
    [60, 50],
  ] as const;
  const o = 5;

  it('goes to the nearest node that lies the way the arrow points', () => {
    expect(nearestInDirection(points, o, 'left')).toBe(0);
    expect(nearestInDirection(points, o, 'down')).toBe(4);
    expect(nearestInDirection(points, o, 'up')).toBe(1);
  });

  it('prefers a node straight ahead to a closer one off to the side', () => {
    expect(nearestInDirection(points, o, 'right')).toBe(3);
  });

  it('stays put where nothing lies that way', () => {
    expect(nearestInDirection(points, 3, 'right')).toBe(3);
  });

  it('reads only the arrow keys as directions', () => {
    expect(arrowDirection('ArrowUp')).toBe('up');
    expect(arrowDirection('Enter')).toBeUndefined();
  });
});

describe('moving along a timeline lane', () => {
  it('steps one mark at a time and stops at the ends', () => {
    expect(stepInList('ArrowRight', 2, 3)).toBe(2);
    expect(stepInList('ArrowLeft', 0, 3)).toBe(0);
    expect(stepInList('ArrowRight', 0, 3)).toBe(1);
    expect(stepInList('End', 0, 3)).toBe(2);
    expect(stepInList('Home', 2, 3)).toBe(0);
    expect(stepInList('Tab', 1, 3)).toBeUndefined();
  });
});

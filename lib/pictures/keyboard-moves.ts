/** The four arrow keys as directions on screen (y grows downwards). */
export type Direction = 'left' | 'right' | 'up' | 'down';

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export function arrowDirection(key: string): Direction | undefined {
  return ARROWS[key];
}

/** Added to the score of a point outside the arrow's 45° cone: it is chosen only if none is inside. */
const OUTSIDE_CONE = 1e9;

const UNIT: Record<Direction, readonly [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/**
 * The point an arrow key moves to from `from`: the nearest one lying that way, where a point
 * off to the side counts as further (twice its sideways distance), and one more off to the side
 * than ahead only when nothing lies within 45° of the arrow, so Right goes to the node a reader
 * sees to the right rather than to a close one just below. None that way: stay.
 */
export function nearestInDirection(
  points: readonly (readonly [number, number])[],
  from: number,
  direction: Direction,
): number {
  const origin = points[from];
  if (!origin) return from;
  const [ux, uy] = UNIT[direction];
  let best = from;
  let bestScore = Infinity;
  points.forEach(([x, y], i) => {
    const dx = x - origin[0];
    const dy = y - origin[1];
    const along = dx * ux + dy * uy;
    if (i === from || along <= 0) return;
    const aside = Math.abs(dx * uy - dy * ux);
    const score = along + 2 * aside + (aside > along ? OUTSIDE_CONE : 0);
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

/** Left/Right step through a list in order, Home/End go to its ends; other keys answer undefined. */
export function stepInList(key: string, index: number, count: number): number | undefined {
  if (!count) return undefined;
  if (key === 'ArrowLeft') return Math.max(index - 1, 0);
  if (key === 'ArrowRight') return Math.min(index + 1, count - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

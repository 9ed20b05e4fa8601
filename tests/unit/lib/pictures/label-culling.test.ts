import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate } from '@/lib/pictures';

const node = (id: string, x: number, y: number, priority = 0): LabelCandidate => ({
  id,
  x,
  y,
  radius: 5,
  width: 60,
  priority,
});

describe('placing node labels', () => {
  it('puts a label to the right of a lone node', () => {
    expect(placeLabels([node('a', 100, 100)])).toEqual(new Map([['a', 'right']]));
  });

  it('moves the lesser label to another side rather than overlap', () => {
    const sides = placeLabels([node('hub', 100, 100, 10), node('leaf', 130, 100, 1)]);
    expect(sides.get('hub')).not.toBe('right');
    expect(sides.get('leaf')).toBe('right');
  });

  it('drops the label of a node hemmed in on every side, and names its neighbours', () => {
    const crowd = [
      node('hub', 100, 100, 10),
      node('n', 100, 88),
      node('s', 100, 112),
      node('e', 115, 100),
      node('w', 85, 100),
    ];
    const sides = placeLabels(crowd);
    expect(sides.has('hub')).toBe(false);
    expect(sides.get('e')).toBe('right');
    expect(sides.size).toBeGreaterThanOrEqual(3);
  });

  it('gives the more important of two close nodes the first choice of side', () => {
    const sides = placeLabels([node('minor', 100, 100, 1), node('major', 100, 104, 9)]);
    expect(sides.get('major')).toBe('right');
    expect(sides.get('minor')).not.toBe('right');
  });

  it('keeps labels inside the picture', () => {
    expect(placeLabels([node('edge', 390, 100)], { width: 400, height: 300 }).get('edge')).toBe('left');
  });
});

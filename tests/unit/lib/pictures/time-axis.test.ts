import { describe, expect, it } from 'vitest';
import { monthOf, timeTicks } from '@/lib/pictures';

describe('the time axis', () => {
  it('marks years over a span of years', () => {
    const ticks = timeTicks({ from: 2011, to: 2018 }, 700);
    expect(ticks.map((t) => t.label)).toEqual(['2011', '2012', '2013', '2014', '2015', '2016', '2017', '2018']);
  });

  it('marks runs of years over a long span, keeping labels apart', () => {
    const ticks = timeTicks({ from: 1786, to: 2026 }, 800);
    expect(ticks.map((t) => t.label).slice(0, 3)).toEqual(['1800', '1850', '1900']);
    expect(ticks.length).toBeLessThanOrEqual(800 / 72 + 1);
  });

  it('marks months over a few months, the new year stronger', () => {
    const ticks = timeTicks({ from: 2016 + 10 / 12, to: 2017 + 2 / 12 }, 800);
    expect(ticks.map((t) => t.label)).toEqual(['Nov 2016', 'Dec 2016', 'Jan 2017', 'Feb 2017', 'Mar 2017']);
    expect(ticks.filter((t) => t.major).map((t) => t.label)).toEqual(['Jan 2017']);
  });

  it('chooses quarters when months would crowd', () => {
    const ticks = timeTicks({ from: 2016, to: 2018 }, 600);
    expect(ticks.map((t) => t.label)).toEqual([
      'Jan 2016',
      'Apr 2016',
      'Jul 2016',
      'Oct 2016',
      'Jan 2017',
      'Apr 2017',
      'Jul 2017',
      'Oct 2017',
      'Jan 2018',
    ]);
  });

  it('draws nothing for an empty span or no room', () => {
    expect(timeTicks({ from: 2016, to: 2016 }, 600)).toEqual([]);
    expect(timeTicks({ from: 2016, to: 2017 }, 0)).toEqual([]);
  });

  it('names the month a moment falls in', () => {
    expect(monthOf(2016.95)).toBe('Dec 2016');
    expect(monthOf(2017)).toBe('Jan 2017');
  });
});

import { describe, expect, it } from 'vitest';
import { busySpan, overlaps, spanOfAll, timeSpanOf } from '@/lib/pictures';

describe('partial dates as stretches of time', () => {
  it('spans the whole year for a year and the whole month for a month', () => {
    expect(timeSpanOf('2016')).toEqual({ from: 2016, to: 2017 });
    const december = timeSpanOf('2016-12')!;
    expect(december.from).toBeCloseTo(2016 + 11 / 12, 9);
    expect(december.to).toBe(2017);
  });

  it('makes a day a point in time', () => {
    const day = timeSpanOf('2016-12-22')!;
    expect(day.to).toBe(day.from);
    expect(day.from).toBeCloseTo(2016.97, 2);
  });

  it('runs from the start of the start to the end of the end', () => {
    expect(timeSpanOf('2015', '2016-06')).toEqual({ from: 2015, to: 2016.5 });
  });

  it('leaves out a start that is not a date, and ignores an end that is not one or comes first', () => {
    expect(timeSpanOf('soon')).toBeUndefined();
    expect(timeSpanOf(undefined)).toBeUndefined();
    expect(timeSpanOf('2016', 'later')).toEqual({ from: 2016, to: 2017 });
    expect(timeSpanOf('2016', '2010')).toEqual({ from: 2016, to: 2016 });
  });

  it('finds the extent of many, and whether two overlap', () => {
    expect(
      spanOfAll([
        { from: 2016, to: 2017 },
        { from: 2011, to: 2012 },
      ]),
    ).toEqual({ from: 2011, to: 2017 });
    expect(spanOfAll([])).toBeUndefined();
    expect(overlaps({ from: 2016, to: 2017 }, { from: 2016.5, to: 2018 })).toBe(true);
    expect(overlaps({ from: 2010, to: 2011 }, { from: 2016, to: 2018 })).toBe(false);
  });

  it('opens on the busy years, not on one stray old date', () => {
    const spans = [1786, 1945, 2014.5, 2015.2, 2016.1, 2016.5, 2016.9, 2016.95, 2017.1, 2024].map((t) => ({
      from: t,
      to: t,
    }));
    // Six of the ten starts fall between 2015.2 and 2017.1: the shortest stretch holding 60%.
    expect(busySpan(spans)).toEqual({ from: 2015, to: 2018 });
    expect(busySpan([{ from: 2016.5, to: 2016.5 }])).toEqual({ from: 2016, to: 2017 });
    expect(busySpan([])).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { layoutTimeline, type TimelineItem } from '@/components/card/timeline-layout';
import { yearFraction } from '@/lib/dates';

const item = (start: string, end?: string): TimelineItem => ({ label: start, start, end, standing: 'then' });

describe('the card’s timeline', () => {
  it('reads partial dates as points in the year', () => {
    expect(yearFraction('2016', 'start')).toBe(2016);
    expect(yearFraction('2016', 'end')).toBe(2017);
    expect(yearFraction('2016-07', 'start')).toBe(2016.5);
    expect(yearFraction('2016-12-22', 'start')).toBeCloseTo(2016.97, 2);
  });

  it('spans whole years from the earliest fact to the latest date, the article’s included', () => {
    const layout = layoutTimeline([item('2013-08-03', '2021-08-03'), item('1989', '2005')], '2017-01-04', 300)!;
    expect([layout.fromYear, layout.toYear]).toEqual([1989, 2022]);
    expect(layout.atX).toBeGreaterThan(0);
    expect(layout.atX).toBeLessThan(300);
  });

  it('puts overlapping spans in separate lanes and points on the axis', () => {
    const layout = layoutTimeline([item('2010', '2020'), item('2012', '2014'), item('2015')], '2016', 300)!;
    expect(layout.items.map((i) => i.lane)).toEqual([1, 2, 0]);
  });

  it('draws nothing without items', () => {
    expect(layoutTimeline([], '2017-01-04', 300)).toBeUndefined();
  });
});

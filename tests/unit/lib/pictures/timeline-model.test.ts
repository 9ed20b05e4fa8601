import { describe, expect, it } from 'vitest';
import { layoutTimelineView, timelineSpans, type TimelineEvent, type TimelineFact } from '@/lib/pictures';

const event = (id: string, start: string, end?: string): TimelineEvent => ({
  id,
  name: `Event ${id}`,
  kind: 'event',
  start,
  end,
});
const fact = (id: string, entityId: string, date: string, end?: string): TimelineFact => ({
  id,
  entityId,
  entityName: entityId.toUpperCase(),
  text: `Fact ${id}`,
  date,
  end,
});
const geometry = { view: { from: 2016, to: 2017 }, left: 100, width: 1200 };

describe('laying out the timeline for a view', () => {
  it('draws a span as a bar from start to end and a day as a point', () => {
    const model = layoutTimelineView([event('war', '2016-03', '2016-06'), event('talks', '2016-07-01')], [], geometry);
    const [war, talks] = model.events.marks;
    expect(war!.x).toBeCloseTo(100 + 200, 6);
    expect(war!.x2).toBeCloseTo(100 + 600, 6);
    expect(talks!.x2).toBe(talks!.x);
  });

  it('puts events in time order and gives overlapping ones separate rows', () => {
    const model = layoutTimelineView([event('b', '2016-06'), event('a', '2016-01', '2016-12')], [], geometry);
    expect(model.events.marks.map((m) => [m.id, m.row])).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
    expect(model.events.rows).toBe(2);
  });

  it('draws no name over another’s where there are more events at once than rows', () => {
    const crowd = Array.from({ length: 20 }, (_, i) => event(`e${i}`, '2016-06-01'));
    const marks = layoutTimelineView(crowd, [], geometry).events.marks;
    const named = marks.filter((m) => m.text);
    expect(named).toHaveLength(14);
    expect(new Set(named.map((m) => m.row)).size).toBe(14);
    expect(marks.every((m) => m.description.startsWith('Event e'))).toBe(true);
  });

  it('keeps an event name from running off the right edge', () => {
    const model = layoutTimelineView([event('late', '2016-12-30')], [], geometry);
    const mark = model.events.marks[0]!;
    expect(mark.textX! + mark.text!.length * 6.8).toBeLessThanOrEqual(1300 + 0.001);
  });

  it('describes each item in words with its date, and opens a fact’s entity', () => {
    const model = layoutTimelineView(
      [{ ...event('aleppo', '2016-11-15', '2016-12-22'), eventType: 'battle' }],
      [fact('f1', 'putin', '2016-12-20')],
      geometry,
    );
    expect(model.events.marks[0]!.description).toBe('Event aleppo, battle, 15 Nov 2016 – 22 Dec 2016');
    expect(model.lanes[0]!.marks[0]).toMatchObject({ openId: 'putin', description: 'PUTIN: Fact f1 (20 Dec 2016)' });
  });

  it('counts what lies outside the view and leaves undated items off', () => {
    const model = layoutTimelineView(
      [event('old', '1990'), event('bad', 'sometime')],
      [fact('f', 'x', '2016-05'), fact('g', 'x', '2020')],
      geometry,
    );
    expect(model.events.marks).toEqual([]);
    expect(model.lanes.map((l) => l.marks.length)).toEqual([1]);
    expect(model.outside).toBe(2);
    expect(timelineSpans([event('bad', 'sometime')], [])).toEqual([]);
  });
});

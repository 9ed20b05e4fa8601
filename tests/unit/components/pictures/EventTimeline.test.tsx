import { describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import { EventTimeline, type TimelineEvent, type TimelineFact } from '@/components/pictures';

const events: TimelineEvent[] = [
  {
    id: 'aleppo',
    name: 'Fall of Eastern Aleppo',
    kind: 'event',
    eventType: 'battle',
    start: '2016-11-15',
    end: '2016-12-22',
  },
  {
    id: 'karlov',
    name: 'Assassination of Andrei Karlov',
    kind: 'event',
    eventType: 'assassination',
    start: '2016-12-19',
  },
  { id: 'astana', name: 'Astana talks', kind: 'event', start: '2017-01-23' },
];
const facts: TimelineFact[] = [
  { id: 'f1', entityId: 'putin', entityName: 'Vladimir Putin', text: 'Called Rouhani.', date: '2016-12-31' },
  {
    id: 'f2',
    entityId: 'erdogan',
    entityName: 'Recep Tayyip Erdoğan',
    text: 'Became President of Turkey.',
    date: '2014-08-28',
  },
];
const noop = () => undefined;

describe('the event timeline', () => {
  const html = renderToString(<EventTimeline events={events} facts={facts} onOpen={noop} />);

  it('draws each event as a button named with its type and dates, the lane one Tab stop', () => {
    expect(html).toContain('aria-label="Fall of Eastern Aleppo, battle, 15 Nov 2016 – 22 Dec 2016"');
    expect(html).toContain('aria-label="Assassination of Andrei Karlov, assassination, 19 Dec 2016"');
    expect(html.match(/class="item event" tabindex="[-0-9]+"/g)).toEqual([
      'class="item event" tabindex="0"',
      'class="item event" tabindex="-1"',
      'class="item event" tabindex="-1"',
    ]);
  });

  it('keeps the axis to the range it is given, counting what lies outside', () => {
    const ranged = renderToString(
      <EventTimeline events={events} facts={facts} range={{ from: 2016, to: 2018 }} onOpen={noop} />,
    );
    expect(ranged).toContain('Jan 2016 – Dec 2017');
    expect(ranged).toContain('1 more outside this range');
    expect(ranged).toContain('role="slider"');
    expect(ranged).toContain('aria-valuetext="Jan 2016 to Dec 2017"');
  });

  it('draws a span as a bar and a single day as a diamond, names shown', () => {
    expect(html).toMatch(/aria-label="Fall of Eastern Aleppo[^"]*">.*?<rect class="mark"/);
    expect(html).toMatch(/aria-label="Astana talks[^"]*">.*?<path class="mark"/);
    expect(html).toContain('>Astana talks</text>');
  });

  it('puts dated facts in a lane named after their entity', () => {
    expect(html).toContain('class="lane-label"');
    expect(html).toContain('Vladimir Putin<title>Vladimir Putin</title>');
    expect(html).toContain('aria-label="Vladimir Putin: Called Rouhani. (31 Dec 2016)"');
  });

  it('opens on the busy years, with month ticks there and a way to see everything', () => {
    expect(html).toContain('Jan 2016 – Dec 2017');
    expect(html).toContain('1 more outside this range');
    expect(html).toContain('>Jan 2017</text>');
    for (const name of ['Earlier', 'Later', 'Zoom in', 'Zoom out', 'Show all dates'])
      expect(html).toContain(`aria-label="${name}"`);
  });

  it('says so when nothing is dated', () => {
    expect(renderToString(<EventTimeline events={[]} onOpen={noop} />)).toContain('Nothing dated to draw.');
  });
});

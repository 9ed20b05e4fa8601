import { describeRange } from '@/lib/dates';
import type { EventType, PartialDate } from '@/lib/store';
import { clipText, LABEL_CHAR_WIDTH } from './label-culling';
import { overlaps, timeSpanOf, type TimeSpan } from './time-range';
import { factLanes, packRows } from './timeline-layout';

export interface TimelineEvent {
  id: string;
  name: string;
  start: PartialDate;
  end?: PartialDate;
  kind: 'event';
  eventType?: EventType;
}

export interface TimelineFact {
  id: string;
  /** The entity the fact is about; Enter on the fact opens it. */
  entityId: string;
  entityName: string;
  text: string;
  date: PartialDate;
  end?: PartialDate;
}

/** One thing on the timeline, placed in pixels. */
export interface PlacedMark {
  id: string;
  /** The entity Enter opens. */
  openId: string;
  /** Full words for screen readers and the hover title. */
  description: string;
  /** Shown over an event's bar; facts are marks only. */
  text?: string;
  /** Where that text starts. */
  textX?: number;
  x: number;
  /** Equal to x for a point in time. */
  x2: number;
  row: number;
}

export interface TimelineLane {
  key: string;
  label: string;
  rows: number;
  marks: PlacedMark[];
}

export interface TimelineModel {
  events: TimelineLane;
  lanes: TimelineLane[];
  /** Dated items outside the view. */
  outside: number;
}

export interface TimelineGeometry {
  view: TimeSpan;
  /** Pixel where the view starts, and its width. */
  left: number;
  width: number;
}

/** Lanes a timeline of a whole store gets when its caller does not choose the actors (lib/pictures/picture-scope does). */
const MAX_FACT_LANES = 12;
const MAX_EVENT_ROWS = 14;
const MAX_FACT_ROWS = 3;
/** The lane of everyone else holds many actors' facts, so it gets more rows. */
const MAX_OTHER_ROWS = 5;
const MAX_LABEL_CHARS = 34;

interface Dated {
  span: TimeSpan;
  mark: Omit<PlacedMark, 'x' | 'x2' | 'row' | 'textX'>;
}

/** The pixels a mark takes in its row, its label's included; `textX` is where the label starts. */
interface Footprint {
  from: number;
  to: number;
  textX?: number;
}

function place(
  items: readonly Dated[],
  geometry: TimelineGeometry,
  footprint: (x: number, x2: number, g: TimelineGeometry, text?: string) => Footprint,
  maxRows: number,
) {
  const { view, left, width } = geometry;
  const scale = (t: number) => left + ((t - view.from) / (view.to - view.from)) * width;
  const xs = items.map(({ span }) => [scale(span.from), scale(span.to)] as const);
  const feet = items.map((item, i) => footprint(xs[i]![0], xs[i]![1], geometry, item.mark.text));
  const rows = packRows(feet, 4, maxRows);
  const crowded = crowdedItems(feet, rows);
  const marks = items.map((item, i) => ({
    ...item.mark,
    text: crowded.has(i) ? undefined : item.mark.text,
    x: xs[i]![0],
    x2: xs[i]![1],
    textX: feet[i]!.textX,
    row: rows[i]!,
  }));
  return { marks, rows: marks.length ? Math.max(...rows) + 1 : 0 };
}

/**
 * Items that share a row with one they overlap (past the last row, packing has no free row
 * left): they keep their mark and their name for focus and hover, but not a label drawn over
 * another's (issue 17).
 */
function crowdedItems(feet: readonly Footprint[], rows: readonly number[]): Set<number> {
  const crowded = new Set<number>();
  const order = feet.map((_, i) => i).sort((a, b) => feet[a]!.from - feet[b]!.from || a - b);
  const rowEnds = new Map<number, number>();
  for (const i of order) {
    const end = rowEnds.get(rows[i]!);
    if (end !== undefined && feet[i]!.from < end) crowded.add(i);
    else rowEnds.set(rows[i]!, feet[i]!.to);
  }
  return crowded;
}

/**
 * An event's name starts at its bar, or at the left edge when the bar began earlier, and is
 * pulled back from the right edge so it is never cut off there.
 */
function eventFootprint(x: number, x2: number, { left, width }: TimelineGeometry, text = ''): Footprint {
  const textWidth = text.length * LABEL_CHAR_WIDTH;
  const textX = Math.max(left, Math.min(x - (x2 - x < 3 ? 4 : 0), left + width - textWidth));
  return { from: Math.min(textX, x), to: Math.max(x2, textX + textWidth), textX };
}

function factFootprint(x: number, x2: number): Footprint {
  return { from: x - 5, to: Math.max(x2, x) + 5 };
}

function datedEvents(events: readonly TimelineEvent[]): Dated[] {
  return events.flatMap((e) => {
    const span = timeSpanOf(e.start, e.end);
    if (!span) return [];
    const description = [e.name, e.eventType, describeRange(e.start, e.end)].filter(Boolean).join(', ');
    return [{ span, mark: { id: e.id, openId: e.id, description, text: clipText(e.name, MAX_LABEL_CHARS) } }];
  });
}

function datedFacts(facts: readonly TimelineFact[]) {
  return facts.flatMap((f) => {
    const span = timeSpanOf(f.date, f.end);
    if (!span) return [];
    const description = `${f.entityName}: ${f.text} (${describeRange(f.date, f.end)})`;
    return [
      { span, entityId: f.entityId, entityName: f.entityName, mark: { id: f.id, openId: f.entityId, description } },
    ];
  });
}

function byTime(a: { span: TimeSpan }, b: { span: TimeSpan }): number {
  return a.span.from - b.span.from || a.span.to - b.span.to;
}

/**
 * Everything the timeline draws for one view: events packed into rows with their names, and
 * facts in lanes per entity (the most-documented entities in view get their own lane).
 */
export function layoutTimelineView(
  events: readonly TimelineEvent[],
  facts: readonly TimelineFact[],
  geometry: TimelineGeometry,
  maxLanes = MAX_FACT_LANES,
): TimelineModel {
  // In time order, so Tab walks through each lane from earliest to latest.
  const allEvents = datedEvents(events).sort(byTime);
  const allFacts = datedFacts(facts).sort(byTime);
  const shownEvents = allEvents.filter((e) => overlaps(e.span, geometry.view));
  const shownFacts = allFacts.filter((f) => overlaps(f.span, geometry.view));
  const eventPlace = place(shownEvents, geometry, eventFootprint, MAX_EVENT_ROWS);
  const lanes = factLanes(shownFacts, maxLanes).map((lane) => ({
    key: lane.key,
    label: lane.label,
    ...place(lane.facts, geometry, factFootprint, lane.key === 'other' ? MAX_OTHER_ROWS : MAX_FACT_ROWS),
  }));
  const outside = allEvents.length - shownEvents.length + allFacts.length - shownFacts.length;
  return { events: { key: 'events', label: 'Events', ...eventPlace }, lanes, outside };
}

/** Spans of every dated item, to find the full and the busy extent. */
export function timelineSpans(events: readonly TimelineEvent[], facts: readonly TimelineFact[]): TimeSpan[] {
  return [...datedEvents(events), ...datedFacts(facts)].map((d) => d.span);
}

import { isPartialDate, yearFraction, type Standing } from '@/lib/dates';
import type { EntityDetail, PartialDate } from '@/lib/store';
import { asText, datedEvents, datedFacts } from './card-model';

export interface TimelineItem {
  label: string;
  start: PartialDate;
  end?: PartialDate;
  standing: Standing;
}

export interface PlacedItem extends TimelineItem {
  x: number;
  /** Width in px; 0 for a point in time. */
  width: number;
  lane: number;
}

export interface TimelineLayout {
  items: PlacedItem[];
  atX: number;
  fromYear: number;
  toYear: number;
}

/** The entity's dated facts and events; anything without a usable date stays off the line. */
export function timelineItems(detail: EntityDetail, at: PartialDate): TimelineItem[] {
  const facts = datedFacts(detail, at).map(({ item, standing }) => ({
    label: asText(item.text),
    start: item.date,
    end: item.end,
    standing,
  }));
  const events = datedEvents(detail, at).map(({ item, standing }) => ({
    label: asText(item.name),
    start: item.start,
    end: item.end,
    standing,
  }));
  return [...facts, ...events].flatMap((item) =>
    isPartialDate(item.start)
      ? [{ ...item, start: item.start, end: isPartialDate(item.end) ? item.end : undefined }]
      : [],
  );
}

const MAX_LANES = 3;

/** Places items on a line `width` px wide; spans that overlap go to separate lanes. */
export function layoutTimeline(items: TimelineItem[], at: PartialDate, width: number): TimelineLayout | undefined {
  if (!items.length) return undefined;
  const atYear = yearFraction(at, 'start');
  const starts = items.map((i) => yearFraction(i.start, 'start'));
  const ends = items.map((i) => (i.end ? yearFraction(i.end, 'end') : yearFraction(i.start, 'start')));
  const from = Math.floor(Math.min(...starts, atYear));
  const to = Math.max(Math.ceil(Math.max(...ends, atYear)), from + 1);
  const scale = (year: number) => ((year - from) / (to - from)) * width;
  const laneEnds: number[] = [];
  const placed = items.map((item, i) => {
    const x = scale(starts[i]!);
    const right = item.end ? Math.max(scale(ends[i]!), x + 2) : x;
    let lane = item.end ? laneEnds.findIndex((end) => end < x) : -1;
    if (item.end && lane < 0) lane = Math.min(laneEnds.length, MAX_LANES - 1);
    if (item.end) laneEnds[lane] = right;
    return { ...item, x, width: right - x, lane: item.end ? lane + 1 : 0 };
  });
  return { items: placed, atX: scale(atYear), fromYear: from, toYear: to };
}

import { yearFraction } from '@/lib/dates';
import { isPartialDate } from '@/lib/dates';

/** A stretch of time in fractional years (2016.5 is 1 July 2016), the unit the pictures draw in. */
export interface TimeSpan {
  from: number;
  to: number;
}

/**
 * The time a dated thing covers. A partial date covers all of its precision: "2016" is the
 * whole year, "2016-12" the month, "2016-12-22" a point. A stored value that is not a date gives
 * no span (the thing stays off the timeline), and an end before the start is ignored.
 */
export function timeSpanOf(start: unknown, end?: unknown): TimeSpan | undefined {
  if (!isPartialDate(start)) return undefined;
  const from = yearFraction(start, 'start');
  const to = yearFraction(isPartialDate(end) ? end : start, 'end');
  return { from, to: Math.max(from, to) };
}

/** The smallest span holding all of them. */
export function spanOfAll(spans: readonly TimeSpan[]): TimeSpan | undefined {
  if (!spans.length) return undefined;
  return { from: Math.min(...spans.map((s) => s.from)), to: Math.max(...spans.map((s) => s.to)) };
}

/** Share of the items the opening view holds. */
const BUSY_SHARE = 0.6;

/**
 * Where most of the items are: the shortest stretch holding 60% of their starts, widened to
 * whole years. Dated facts reach far back (the starter pack has one from 1786 beside 87 from
 * 2016), so the full extent would squash the busy years into a few pixels.
 */
export function busySpan(spans: readonly TimeSpan[]): TimeSpan | undefined {
  if (!spans.length) return undefined;
  const starts = spans.map((s) => s.from).sort((a, b) => a - b);
  const count = Math.max(1, Math.ceil(starts.length * BUSY_SHARE));
  let best = 0;
  for (let i = 1; i + count <= starts.length; i++) {
    if (starts[i + count - 1]! - starts[i]! < starts[best + count - 1]! - starts[best]!) best = i;
  }
  const from = Math.floor(starts[best]!);
  return { from, to: Math.max(Math.ceil(starts[best + count - 1]! + 1e-9), from + 1) };
}

export function overlaps(span: TimeSpan, view: TimeSpan): boolean {
  return span.to >= view.from && span.from <= view.to;
}

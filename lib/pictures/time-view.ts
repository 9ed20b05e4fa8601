import type { TimeSpan } from './time-range';

/** Half a month, in years: closer than that, day-precise dates are the limit of what is known. */
export const MIN_VIEW_YEARS = 1 / 24;

/** Keeps a view inside `limits` (moving it rather than shrinking it) and at least MIN_VIEW_YEARS wide. */
export function clampView(view: TimeSpan, limits: TimeSpan): TimeSpan {
  const width = Math.min(Math.max(view.to - view.from, MIN_VIEW_YEARS), limits.to - limits.from);
  const from = Math.min(Math.max(view.from, limits.from), limits.to - width);
  return { from, to: from + width };
}

/** Narrower by `factor` (wider below 1) around the same middle. */
export function zoomView(view: TimeSpan, factor: number, limits: TimeSpan): TimeSpan {
  const middle = (view.from + view.to) / 2;
  const half = (view.to - view.from) / 2 / factor;
  return clampView({ from: middle - half, to: middle + half }, limits);
}

/** Moved by `fraction` of its width: -0.25 goes a quarter back in time. */
export function panView(view: TimeSpan, fraction: number, limits: TimeSpan): TimeSpan {
  const shift = (view.to - view.from) * fraction;
  return clampView({ from: view.from + shift, to: view.to + shift }, limits);
}

/** Whole years around every item, so the axis starts and ends on a year. */
export function wholeYears(span: TimeSpan): TimeSpan {
  const from = Math.floor(span.from);
  return { from, to: Math.max(Math.ceil(span.to), from + 1) };
}

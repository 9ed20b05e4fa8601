import { formatPartialDate } from '@/lib/dates';
import type { TimeSpan } from './time-range';

export interface Tick {
  /** Fractional year. */
  value: number;
  label: string;
  /** A year boundary on an axis that also marks months: drawn stronger. */
  major: boolean;
}

/** Tick steps in months, finest first. */
const STEPS = [1, 3, 6, 12, 24, 60, 120, 240, 600, 1200];

/** "Jan 2017" for month steps, "2017" for year steps. */
function tickLabel(month: number, step: number): string {
  const year = Math.floor(month / 12);
  if (step >= 12) return String(year);
  return formatPartialDate(`${year}-${String((month % 12) + 1).padStart(2, '0')}`);
}

/**
 * Ticks for a time axis `pixelWidth` wide: the finest of months, quarters, half-years, years,
 * or runs of years that leaves `minSpacing` pixels between labels.
 */
export function timeTicks(view: TimeSpan, pixelWidth: number, minSpacing = 72): Tick[] {
  const years = view.to - view.from;
  if (!(years > 0) || pixelWidth <= 0) return [];
  const pixelsPerMonth = pixelWidth / (years * 12);
  const step = STEPS.find((s) => s * pixelsPerMonth >= minSpacing) ?? STEPS[STEPS.length - 1]!;
  const first = Math.ceil((view.from * 12) / step - 1e-9) * step;
  const ticks: Tick[] = [];
  for (let month = first; month / 12 <= view.to + 1e-9; month += step) {
    ticks.push({ value: month / 12, label: tickLabel(month, step), major: step < 12 && month % 12 === 0 });
  }
  return ticks;
}

/** A fractional year as the month it falls in: 2016.95 → "Dec 2016". */
export function monthOf(value: number): string {
  const month = Math.floor(value * 12 + 1e-9);
  return tickLabel(month, 1);
}

import { useState } from 'preact/hooks';
import { busySpan, panView, spanOfAll, wholeYears, zoomView, type TimeSpan } from '@/lib/pictures';

const FALLBACK: TimeSpan = { from: 2000, to: 2001 };

/**
 * The stretch of time the timeline shows, inside `range` when the caller chose one (the
 * Pictures tab's years: items outside it are counted, not drawn, so one fact from 1786 does
 * not stretch the axis); without one it opens on the busy years and "All" shows everything.
 * A choice belongs to the data it was made on: new data opens afresh.
 */
export function useTimeView(spans: readonly TimeSpan[], range?: TimeSpan) {
  const all = range ?? wholeYears(spanOfAll(spans) ?? FALLBACK);
  const opening = range ?? busySpan(spans) ?? all;
  const key = `${all.from}-${all.to}-${spans.length}`;
  const [chosen, setChosen] = useState<{ key: string; view: TimeSpan } | null>(null);
  const view = chosen?.key === key ? chosen.view : opening;
  const choose = (next: TimeSpan) => setChosen({ key, view: next });
  return {
    all,
    view,
    choose,
    zoomIn: () => choose(zoomView(view, 2, all)),
    zoomOut: () => choose(zoomView(view, 0.5, all)),
    earlier: () => choose(panView(view, -0.4, all)),
    later: () => choose(panView(view, 0.4, all)),
    showAll: () => choose(all),
  };
}

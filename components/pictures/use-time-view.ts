import { useState } from 'preact/hooks';
import { busySpan, panView, spanOfAll, wholeYears, zoomView, type TimeSpan } from '@/lib/pictures';

const FALLBACK: TimeSpan = { from: 2000, to: 2001 };

/**
 * The stretch of time the timeline shows. It opens on the busy years (most items fall there;
 * a single fact from 1786 should not squash 2016 to a sliver) and "All" shows everything.
 * A choice belongs to the data it was made on: new data opens on its own busy years.
 */
export function useTimeView(spans: readonly TimeSpan[]) {
  const all = wholeYears(spanOfAll(spans) ?? FALLBACK);
  const busy = busySpan(spans) ?? all;
  const key = `${all.from}-${all.to}-${spans.length}`;
  const [chosen, setChosen] = useState<{ key: string; view: TimeSpan } | null>(null);
  const view = chosen?.key === key ? chosen.view : busy;
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

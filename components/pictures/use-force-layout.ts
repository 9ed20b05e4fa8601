import { useEffect, useMemo, useState } from 'preact/hooks';
import { createForceLayout, stepForceLayout, type ForceLayoutState, type GraphData } from '@/lib/pictures';

/** Work per frame: leaves the rest of a 60 Hz frame for input and painting. */
const FRAME_BUDGET_MS = 8;
/** Up to this many nodes the whole layout takes a few milliseconds, so it is done at once. */
const AT_ONCE = 60;

/**
 * Runs the force layout a slice per animation frame, so the page keeps answering while it
 * settles (300 nodes take about 200 ms of work). The graph is drawn once, settled: redrawing
 * every frame cost far more than the layout itself (a median 180 ms a frame for 300 nodes on
 * a 2-core machine, measured with the starter pack copied five times). A small graph is laid
 * out at once, so it never flashes an empty frame.
 */
export function useGraphLayout(graph: GraphData): ForceLayoutState | null {
  const ids = graph.nodes.map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  return useForceLayout(
    ids,
    graph.relations.map((r) => [index.get(r.fromId)!, index.get(r.toId)!] as const),
  );
}

function useForceLayout(
  ids: readonly string[],
  edges: readonly (readonly [number, number])[],
): ForceLayoutState | null {
  // Keyed on content, not identity: the editor may hand over equal data in new arrays on
  // every render, and a restarted layout would make the picture jump.
  const key = `${ids.join('\n')}|${edges.map(([a, b]) => `${a}-${b}`).join(',')}`;
  const layout = useMemo(() => {
    const state = createForceLayout(ids, edges);
    if (ids.length <= AT_ONCE) stepForceLayout(state, state.iterations);
    return state;
  }, [key]);
  const [settled, setSettled] = useState<ForceLayoutState | null>(null);
  useEffect(() => {
    if (layout.iteration >= layout.iterations) return;
    let frame = requestAnimationFrame(function run() {
      if (runFor(layout, FRAME_BUDGET_MS)) setSettled(layout);
      else frame = requestAnimationFrame(run);
    });
    return () => cancelAnimationFrame(frame);
  }, [layout]);
  return settled === layout || layout.iteration >= layout.iterations ? layout : null;
}

function runFor(layout: ForceLayoutState, budgetMs: number): boolean {
  const started = performance.now();
  let finished = false;
  while (!finished && performance.now() - started < budgetMs) finished = stepForceLayout(layout, 2);
  return finished;
}

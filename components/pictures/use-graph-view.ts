import { useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { panBy, zoomAt, type Viewport, type ViewTransform } from '@/lib/pictures';

/** Pixels a press may move and still count as a click (a trackpad tap wobbles a little). */
const DRAG_THRESHOLD = 4;

interface Drag {
  pointerId: number;
  x: number;
  y: number;
  start: ViewTransform;
  moved: boolean;
}

/**
 * Zoom and pan for the graph. The picture follows `fitted` (the settling layout, framed) until
 * the reader zooms or drags; "Fit" goes back to following it.
 */
export function useGraphView(port: Viewport, fitted: ViewTransform) {
  const [manual, setManual] = useState<ViewTransform | null>(null);
  const drag = useRef<Drag | null>(null);
  const dragged = useRef(false);
  const view = manual ?? fitted;

  const zoom = (factor: number, sx = port.width / 2, sy = port.height / 2) =>
    setManual(zoomAt(view, port, factor, sx, sy));

  const onWheel = (event: JSX.TargetedWheelEvent<SVGSVGElement>) => {
    event.preventDefault();
    const box = event.currentTarget.getBoundingClientRect();
    // deltaMode 1 is lines (Firefox with a mouse wheel): about 16 pixels each.
    const pixels = event.deltaY * (event.deltaMode === 1 ? 16 : 1);
    zoom(Math.exp(-pixels * 0.0015), event.clientX - box.left, event.clientY - box.top);
  };

  const onPointerDown = (event: JSX.TargetedPointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    drag.current = { pointerId: event.pointerId, x: event.clientX, y: event.clientY, start: view, moved: false };
    dragged.current = false;
  };

  const onPointerMove = (event: JSX.TargetedPointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d || d.pointerId !== event.pointerId) return;
    const dx = event.clientX - d.x;
    const dy = event.clientY - d.y;
    if (!d.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    // Captured only once it is a drag: capturing on press would send the click to the SVG
    // instead of the node under the pointer.
    if (!d.moved) event.currentTarget.setPointerCapture(event.pointerId);
    d.moved = true;
    setManual(panBy(d.start, dx, dy));
  };

  const onPointerUp = () => {
    dragged.current = drag.current?.moved ?? false;
    drag.current = null;
  };

  return {
    view,
    zoomIn: () => zoom(1.4),
    zoomOut: () => zoom(1 / 1.4),
    fit: () => setManual(null),
    /** True right after a drag, so the click that ends it does not open a node. */
    wasDrag: () => dragged.current,
    handlers: { onWheel, onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp },
  };
}

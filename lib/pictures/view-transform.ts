/**
 * How the graph's layout space maps to the screen: the layout point (cx, cy) sits at the middle
 * of the viewport and one layout unit is `scale` pixels. Node sizes and labels are not scaled,
 * so zooming in spreads a crowded cluster apart instead of blowing up its text.
 */
export interface ViewTransform {
  scale: number;
  cx: number;
  cy: number;
}

export interface Viewport {
  width: number;
  height: number;
}

export const MIN_SCALE = 0.05;
export const MAX_SCALE = 8;

export function toScreen(view: ViewTransform, port: Viewport, x: number, y: number): [number, number] {
  return [(x - view.cx) * view.scale + port.width / 2, (y - view.cy) * view.scale + port.height / 2];
}

/** The view that shows every point with `padding` pixels to spare (room for labels). */
export function fitView(xs: ArrayLike<number>, ys: ArrayLike<number>, port: Viewport, padding = 40): ViewTransform {
  if (!xs.length) return { scale: 1, cx: 0, cy: 0 };
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i < xs.length; i++) {
    minX = Math.min(minX, xs[i]!);
    maxX = Math.max(maxX, xs[i]!);
    minY = Math.min(minY, ys[i]!);
    maxY = Math.max(maxY, ys[i]!);
  }
  const room = (pixels: number, extent: number) => Math.max(pixels - 2 * padding, 1) / Math.max(extent, 1);
  // Capped at 1.5 so that a graph of three nodes is not drawn a screen apart.
  const scale = Math.min(room(port.width, maxX - minX), room(port.height, maxY - minY), 1.5);
  return { scale, cx: (minX + maxX) / 2, cy: (minY + maxY) / 2 };
}

/** Zoom by `factor` keeping the layout point under screen point (sx, sy) where it is. */
export function zoomAt(view: ViewTransform, port: Viewport, factor: number, sx: number, sy: number): ViewTransform {
  const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, view.scale * factor));
  const offsetX = sx - port.width / 2;
  const offsetY = sy - port.height / 2;
  const x = offsetX / view.scale + view.cx;
  const y = offsetY / view.scale + view.cy;
  return { scale, cx: x - offsetX / scale, cy: y - offsetY / scale };
}

/** Move the picture by (dx, dy) screen pixels. */
export function panBy(view: ViewTransform, dx: number, dy: number): ViewTransform {
  return { ...view, cx: view.cx - dx / view.scale, cy: view.cy - dy / view.scale };
}

/** Average width of a character of the pictures' 12px label font on system-ui, measured. */
export const LABEL_CHAR_WIDTH = 6.8;

/** Text cut to `max` characters, with an ellipsis where it was cut. */
export function clipText(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A node on screen and the label it would like beside it. */
export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  radius: number;
  /** Estimated label width in pixels. */
  width: number;
  /** Higher keeps its label first. */
  priority: number;
}

export type LabelSide = 'right' | 'left' | 'below' | 'above';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A 12px line of text with a pixel to spare above and below, so placed labels never touch. */
const LABEL_HEIGHT = 16;
const GAP = 3;
/** Right reads best beside a dot; the others are tried only when it is taken. */
const SIDES: readonly LabelSide[] = ['right', 'left', 'below', 'above'];

function hits(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function labelBox(c: LabelCandidate, side: LabelSide): Box {
  const half = LABEL_HEIGHT / 2;
  const reach = c.radius + GAP;
  switch (side) {
    case 'right':
      return { left: c.x + reach, right: c.x + reach + c.width, top: c.y - half, bottom: c.y + half };
    case 'left':
      return { left: c.x - reach - c.width, right: c.x - reach, top: c.y - half, bottom: c.y + half };
    case 'below':
      return {
        left: c.x - c.width / 2,
        right: c.x + c.width / 2,
        top: c.y + reach,
        bottom: c.y + reach + LABEL_HEIGHT,
      };
    case 'above':
      return {
        left: c.x - c.width / 2,
        right: c.x + c.width / 2,
        top: c.y - reach - LABEL_HEIGHT,
        bottom: c.y - reach,
      };
  }
}

/**
 * Where each node's label goes, if anywhere: the most important nodes first, each label on the
 * first side where it covers neither an earlier label nor another node. Overlapping names are
 * unreadable, so a crowded picture names its hubs and zooming in names the rest. A label
 * that would run off the picture (`bounds`) is not placed on that side either.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  bounds?: { width: number; height: number },
): Map<string, LabelSide> {
  const inside = (box: Box) =>
    !bounds || (box.left >= 0 && box.top >= 0 && box.right <= bounds.width && box.bottom <= bounds.height);
  const circles = candidates.map((c) => ({
    id: c.id,
    left: c.x - c.radius,
    right: c.x + c.radius,
    top: c.y - c.radius,
    bottom: c.y + c.radius,
  }));
  const order = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  const placed: Box[] = [];
  const sides = new Map<string, LabelSide>();
  for (const c of order) {
    for (const side of SIDES) {
      const box = labelBox(c, side);
      if (!inside(box) || placed.some((p) => hits(p, box)) || circles.some((n) => n.id !== c.id && hits(n, box)))
        continue;
      placed.push(box);
      sides.set(c.id, side);
      break;
    }
  }
  return sides;
}

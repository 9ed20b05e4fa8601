import { LABEL_CHAR_WIDTH } from '@/lib/pictures';

/** The pictures' label font (pictures.css): 12 px, the smallest text the editor draws (issue 17). */
const LABEL_FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

let context: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

/**
 * A label's width in pixels, measured in the font it is drawn in, so the labels that are placed
 * never overlap on screen; where there is no canvas (a test's server render), an average
 * character width will do.
 */
export function labelWidth(text: string): number {
  const known = widths.get(text);
  if (known !== undefined) return known;
  if (context === undefined)
    context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (context) context.font = LABEL_FONT;
  const width = context ? Math.ceil(context.measureText(text).width) : text.length * LABEL_CHAR_WIDTH;
  widths.set(text, width);
  return width;
}

import type { EntityKind } from '@/lib/store';

/** A colour as the browser computes it: 0–255 channels and an alpha of 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

export const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
/** Chromium's and Firefox's canvas in a dark colour scheme. */
export const DARK_CANVAS: Rgba = { r: 18, g: 18, b: 18, a: 1 };

/** Reads `rgb(…)`/`rgba(…)` in the comma or the space syntax, as getComputedStyle answers. */
export function parseColour(css: string): Rgba | undefined {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(css.trim());
  if (!match) return undefined;
  const alpha =
    match[4] === undefined ? 1 : match[4].endsWith('%') ? Number.parseFloat(match[4]) / 100 : Number(match[4]);
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a: alpha };
}

/** `over` painted on an opaque `under`. */
export function composite(over: Rgba, under: Rgba): Rgba {
  const mix = (top: number, bottom: number) => top * over.a + bottom * (1 - over.a);
  return { r: mix(over.r, under.r), g: mix(over.g, under.g), b: mix(over.b, under.b), a: 1 };
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2.1 relative luminance. */
export function luminance({ r, g, b }: Rgba): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2.1 contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The page's background under the marked text: the first colour that is not (nearly) see-through
 * from the text's block up to the root, laid on the canvas. `colours` are computed
 * background colours, innermost first.
 */
export function pageBackground(colours: readonly string[], canvas: Rgba = WHITE): Rgba {
  const found = colours.map(parseColour).find((c) => c !== undefined && c.a >= 0.5);
  return found ? composite(found, canvas) : canvas;
}

/** Dark where black text would read worse than white on it (luminance under about 0.18). */
export function isDark(background: Rgba): boolean {
  return contrastRatio(background, WHITE) > contrastRatio(background, { r: 0, g: 0, b: 0, a: 1 });
}

interface DarkHighlight {
  /** An opaque deep tint of the kind's colour: the page's own background does not show through. */
  background: Rgba;
  /** The kind's colour, light enough to read as a dotted underline on a dark page. */
  underline: Rgba;
}

const rgb = (r: number, g: number, b: number): Rgba => ({ r, g, b, a: 1 });

/** The text on a dark page's marks: set, not inherited, since the page's grey may be too dim. */
export const DARK_HIGHLIGHT_TEXT: Rgba = rgb(255, 255, 255);

/**
 * Marks on dark pages. The light palette's see-through pastels over a dark page under the page's
 * light text gave about 4.1:1 for two kinds (issue 17); these give at least 7:1 with white text.
 */
export const DARK_HIGHLIGHTS: Record<EntityKind, DarkHighlight> = {
  person: { background: rgb(92, 68, 0), underline: rgb(255, 204, 77) },
  state: { background: rgb(22, 64, 118), underline: rgb(130, 190, 255) },
  organisation: { background: rgb(26, 82, 32), underline: rgb(140, 220, 140) },
  'armed-group': { background: rgb(118, 32, 26), underline: rgb(255, 150, 140) },
  place: { background: rgb(70, 48, 130), underline: rgb(200, 180, 255) },
  event: { background: rgb(112, 56, 0), underline: rgb(255, 180, 100) },
};

function css({ r, g, b }: Rgba): string {
  return `rgb(${r} ${g} ${b})`;
}

/** The dark-page rules, for the reader's highlight style: coloured backgrounds, or underlines only. */
export function darkHighlightCss(style: 'background' | 'underline'): string {
  return Object.entries(DARK_HIGHLIGHTS)
    .map(([kind, { background, underline }]) =>
      style === 'underline'
        ? `::highlight(backstory-${kind}) { background-color: transparent; text-decoration: underline 2px solid ${css(underline)}; }`
        : `::highlight(backstory-${kind}) { background-color: ${css(background)}; color: ${css(DARK_HIGHLIGHT_TEXT)}; text-decoration: underline dotted ${css(underline)}; }`,
    )
    .join('\n');
}

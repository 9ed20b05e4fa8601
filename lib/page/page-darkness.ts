import { DARK_CANVAS, isDark, pageBackground, WHITE } from './highlight-palette';

const DARK_SCHEME = '(prefers-color-scheme: dark)';

/** The canvas under a page that paints no background of its own: dark only if the page opts into dark. */
function canvas(root: Element): typeof WHITE {
  const scheme = getComputedStyle(root).colorScheme;
  const prefersDark = matchMedia(DARK_SCHEME).matches;
  return scheme.includes('dark') && (!scheme.includes('light') || prefersDark) ? DARK_CANVAS : WHITE;
}

/** Whether the page is dark under its text: the body's background, else the root's, else the canvas. */
export function pageIsDark(): boolean {
  const root = document.documentElement;
  const chain = [document.body, root].filter((e): e is HTMLElement => e !== null);
  return isDark(
    pageBackground(
      chain.map((e) => getComputedStyle(e).backgroundColor),
      canvas(root),
    ),
  );
}

/**
 * Tells `onChange` whether the page is dark now and again whenever the colour scheme changes
 * (a page that follows the system switches its colours then): two style reads each time, never
 * one per mark.
 */
export function followPageDarkness(onChange: (dark: boolean) => void, signal: AbortSignal): void {
  onChange(pageIsDark());
  // A frame later: the page's own `prefers-color-scheme` rules apply before its colours are read.
  matchMedia(DARK_SCHEME).addEventListener('change', () => requestAnimationFrame(() => onChange(pageIsDark())), {
    signal,
  });
}

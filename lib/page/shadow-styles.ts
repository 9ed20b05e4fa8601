import type { Settings } from '@/lib/settings';
import { darkHighlightCss } from './highlight-palette';
import highlightCss from './highlights.css?inline';
import underlineCss from './highlight-underline.css?inline';

/**
 * `::highlight()` rules apply per tree. The document gets the default rules from the
 * manifest's stylesheet; a web component's open shadow root, and a reader's other
 * highlight style, need ours adopted. Adopted sheets add no node to anyone's DOM.
 */
const sheets = new Map<string, CSSStyleSheet>();
const styledRoots = new Set<ShadowRoot>();
let style: Settings['highlightStyle'] = 'background';
/** Whether the page is dark under its text (page-darkness.ts): marks then take the dark palette. */
let dark = false;

function sheet(css: string): CSSStyleSheet {
  let found = sheets.get(css);
  if (!found) {
    found = new CSSStyleSheet();
    found.replaceSync(css);
    sheets.set(css, found);
  }
  return found;
}

function adopt(root: DocumentOrShadowRoot, wanted: CSSStyleSheet[]): void {
  const ours = new Set(sheets.values());
  root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((s) => !ours.has(s)), ...wanted];
}

function sheetsFor(root: DocumentOrShadowRoot): CSSStyleSheet[] {
  const base = root === document ? [] : [sheet(highlightCss)];
  const styled = style === 'underline' ? [...base, sheet(underlineCss)] : base;
  return dark ? [...styled, sheet(darkHighlightCss(style))] : styled;
}

function restyle(): void {
  adopt(document, sheetsFor(document));
  for (const root of styledRoots) {
    // Components the page has thrown away are let go rather than restyled and kept alive.
    if (!root.host.isConnected) styledRoots.delete(root);
    else adopt(root, sheetsFor(root));
  }
}

export function styleShadowRoot(root: ShadowRoot): void {
  styledRoots.add(root);
  adopt(root, sheetsFor(root));
}

export function useHighlightStyle(next: Settings['highlightStyle']): void {
  if (next === style) return;
  style = next;
  restyle();
}

export function usePageDarkness(next: boolean): void {
  if (next === dark) return;
  dark = next;
  restyle();
}

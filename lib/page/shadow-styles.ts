import highlightCss from './highlights.css?inline';

let sheet: CSSStyleSheet | undefined;

/**
 * `::highlight()` rules apply per tree, so marks inside a web component's open shadow root
 * need our rules in that root too. Adopted sheets add no node to the component's DOM.
 */
export function styleShadowRoot(root: ShadowRoot): void {
  sheet ??= new CSSStyleSheet();
  if (!sheet.cssRules.length) sheet.replaceSync(highlightCss);
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

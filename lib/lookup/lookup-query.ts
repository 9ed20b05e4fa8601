/** What the look-up window looks up: a name, and the tab it was selected in (for its language). */
export interface SelectionTarget {
  name: string;
  tabId?: number;
}

/** The longest name a look-up sends: a selection is a name, not a paragraph. */
const MAX_NAME = 200;

/** A selection as a name to look up: whitespace collapsed, quotes and a possessive taken off. */
export function nameFromSelection(selection: string): string {
  return selection
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["“”‘’'«»]+|["“”‘’'«»,.;:!?]+$/g, '')
    .replace(/['’]s$/, '')
    .trim()
    .slice(0, MAX_NAME);
}

export function lookupQuery(name: string, tabId?: number): string {
  const params = new URLSearchParams({ name });
  if (tabId !== undefined) params.set('tabId', String(tabId));
  return params.toString();
}

/** The look-up window's target, from its address; undefined without a name. */
export function lookupTargetFromQuery(search: string): SelectionTarget | undefined {
  const params = new URLSearchParams(search);
  const name = nameFromSelection(params.get('name') ?? '');
  if (!name) return undefined;
  const tabId = Number(params.get('tabId'));
  return { name, ...(Number.isInteger(tabId) && tabId >= 0 && params.has('tabId') ? { tabId } : {}) };
}

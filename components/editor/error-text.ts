const LIST_ITEMS: Record<string, string> = { aliases: 'Alias', facts: 'Fact', relations: 'Relation' };
const FIELDS: Record<string, string> = {
  name: 'Name',
  kind: 'Kind',
  summary: 'Summary',
  eventType: 'Event type',
  start: 'Start',
  end: 'End',
  text: 'Text',
  date: 'Date',
  sourceUrl: 'Source URL',
  sourceTitle: 'Source title',
  toId: 'Target',
  type: 'Relation',
};

/** 'facts.4.sourceUrl' → 'Fact 5, Source URL': the numbering the editor's Remove buttons use. */
function fieldPath(path: string): string {
  return path
    .split('.')
    .map((part, i, parts) => {
      if (/^\d+$/.test(part)) return String(Number(part) + 1);
      if (LIST_ITEMS[part] && /^\d+$/.test(parts[i + 1] ?? '')) return LIST_ITEMS[part];
      return FIELDS[part] ?? part;
    })
    .join(' ')
    .replace(/ (\d+) /, ' $1, ');
}

/**
 * The background words validation errors for developers ('Bad "entity/save" request:
 * facts.4.sourceUrl: must be a web address'); a reader needs the field in the editor's words.
 */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/^Bad "[^"]+" request: /, '')
    .replace(/(^|; )([\w.]+): /g, (_, start: string, path: string) => `${start}${fieldPath(path)}: `);
}

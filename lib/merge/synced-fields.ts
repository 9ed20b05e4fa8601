/**
 * The fields each synced table merges by clock. They are listed, not read off the records,
 * because an absent field is a value too: a fact whose end date was cleared must win over an
 * older copy that still has one. Meta fields (id, createdAt, updatedAt, editedByReader and
 * the clocks themselves) are merged by their own rules in merge.ts.
 */
const BASE = ['origin', 'packId', 'deletedAt'] as const;

export const SYNCED_FIELDS = {
  entities: ['kind', 'name', 'summary', 'eventType', 'start', 'end', 'placeId', 'tags', 'key', 'sources', ...BASE],
  aliases: ['entityId', 'text', 'caseSensitive', 'stop', 'common', 'lang', ...BASE],
  facts: ['entityId', 'text', 'date', 'end', 'sourceUrl', 'sourceTitle', ...BASE],
  relations: ['fromId', 'toId', 'type', 'start', 'end', ...BASE],
  notes: ['entityId', 'text', ...BASE],
  packs: ['name', 'version', 'loadedAt', 'removedAt'],
} as const satisfies Record<string, readonly string[]>;

export type SyncedTable = keyof typeof SYNCED_FIELDS;
export const SYNCED_TABLES = Object.keys(SYNCED_FIELDS) as SyncedTable[];

export function isSyncedTable(name: string): name is SyncedTable {
  return Object.hasOwn(SYNCED_FIELDS, name);
}

/** Whether a write leaves the record deleted: the one field whose name differs per table. */
export function deletionField(table: SyncedTable): 'deletedAt' | 'removedAt' {
  return table === 'packs' ? 'removedAt' : 'deletedAt';
}

/** Arrays (tags, data sources) compare by content; everything else by value. */
export function sameFieldValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameItem(item, b[i]));
  return a === b;
}

function sameItem(a: unknown, b: unknown): boolean {
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null)
    return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

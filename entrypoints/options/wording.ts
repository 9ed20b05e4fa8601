import type { StoreCounts } from '@/lib/store/counts';

/** "1 entity", "3 entities": the count first, the noun agreeing with it. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

const COUNTED: [keyof StoreCounts, string, string][] = [
  ['entities', 'entity', 'entities'],
  ['aliases', 'alias', 'aliases'],
  ['facts', 'fact', 'facts'],
  ['relations', 'relation', 'relations'],
  ['notes', 'note', 'notes'],
  ['packs', 'pack', 'packs'],
];

export function countsText(counts: StoreCounts): string {
  return COUNTED.map(([key, one, many]) => plural(counts[key], one, many)).join(', ');
}

/** Bytes in the unit a reader thinks in: "820 KB", "12.4 MB". */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return plural(bytes, 'byte');
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A time within the last days, to the minute: snapshots are often minutes apart. */
export function whenText(ms: number): string {
  return new Date(ms).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

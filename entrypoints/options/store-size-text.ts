import { plural } from '@/components/count-and-time-text';
import type { StoreCounts } from '@/lib/store';

const COUNTED: [keyof StoreCounts, string, string][] = [
  ['entities', 'entity', 'entities'],
  ['aliases', 'alias', 'aliases'],
  ['facts', 'fact', 'facts'],
  ['relations', 'relation', 'relations'],
  ['notes', 'note', 'notes'],
  ['packs', 'pack', 'packs'],
];

/** "94 entities, 1 alias, 0 facts, …": how much the store holds, in every kind of record. */
export function countsText(counts: StoreCounts): string {
  return COUNTED.map(([key, one, many]) => plural(counts[key], one, many)).join(', ');
}

/** Bytes in the unit a reader thinks in: "820 KB", "12.4 MB". */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return plural(bytes, 'byte');
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

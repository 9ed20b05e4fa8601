import { plural } from '@/components/wording';
import type { StoreCounts } from '@/lib/store/counts';

/** The popup's sync line shares these with the editor, so they live in components/. */
export { plural, whenText } from '@/components/wording';

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

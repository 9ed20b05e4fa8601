// A file, not the face: the content script takes this value, and '@/lib/store' would bring Dexie into content.js.
import { ENTITY_KINDS } from '@/lib/store/records';
import type { Mention } from './reading';

/**
 * Marks are CSS Custom Highlights, one per kind (`backstory-person`, ...): painting them
 * never touches the page's DOM, so layouts and frameworks that own the DOM are safe.
 */
export function highlightName(kind: string): string {
  return `backstory-${kind}`;
}

export function paintMentions(mentions: Mention[]): void {
  for (const kind of ENTITY_KINDS) {
    const ranges = mentions.filter((m) => m.entity.kind === kind).map((m) => m.range);
    if (!ranges.length) {
      CSS.highlights.delete(highlightName(kind));
      continue;
    }
    // Added one by one: spreading 100,000 ranges into the constructor overflows the stack.
    const highlight = new Highlight();
    for (const range of ranges) highlight.add(range);
    CSS.highlights.set(highlightName(kind), highlight);
  }
}

export function clearMentions(): void {
  for (const kind of ENTITY_KINDS) CSS.highlights.delete(highlightName(kind));
}

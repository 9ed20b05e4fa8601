import type { PageEntity, PageMention } from '@/lib/messaging';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { firstMentionsOnly } from './first-mentions';
import { paintMentions } from './highlights';
import { containsComposed, indexByNode, sortMentions, type Mention } from './reading';

/** In the window, or within the window and a half that an in-view part can reach past it (in-view.ts). */
function isNearWindow(range: Range): boolean {
  const box = range.getBoundingClientRect();
  return box.bottom > -1.5 * innerHeight && box.top < 2.5 * innerHeight;
}

/**
 * Past this, a page is a dump, not an article: marking more would only cost the reader
 * speed. Every mark is a live Range, which the browser updates on each DOM change.
 */
export const MAX_MENTIONS = 20_000;

/**
 * The mentions found on the page and the ones shown (all, or the first of each entity).
 * A rescan of part of the page replaces only the mentions inside it, and mentions whose
 * text left the page are dropped.
 */
export class PageMarks {
  /** Every mention found, in document order. */
  private found: Mention[] = [];
  /** The mentions painted, hoverable and stepped through. */
  mentions: Mention[] = [];
  private index: Map<Node, Mention[]> | undefined;
  firstMarkAt: number | null = null;
  /** When the latest scan of the whole page was painted, for page/stats. */
  wholePagePaintedAt: number | null = null;
  /** Whether the first paint held only marks in or near the window (the in-view scan's), for page/stats. */
  firstMarksInView: boolean | null = null;
  private readonly entities = new Map<string, PageEntity>();
  private settings: Settings = DEFAULT_SETTINGS;
  private markingOn = false;

  /** A full scan's mentions come in document order already. */
  replaceAll(mentions: Mention[], entities: PageEntity[]): void {
    this.entities.clear();
    this.remember(entities);
    this.found = mentions;
    this.show();
    this.wholePagePaintedAt = performance.now();
  }

  replaceWithin(roots: Node[], mentions: Mention[], entities: PageEntity[]): void {
    const kept = this.found.filter(
      (m) =>
        m.range.startContainer.isConnected &&
        !m.range.collapsed &&
        !roots.some((root) => containsComposed(root, m.range.startContainer)),
    );
    this.remember(entities);
    this.found = sortMentions([...kept, ...mentions]);
    this.show();
  }

  /** With marking off on this site (or paused), nothing is shown and nothing can be hovered. */
  useSettings(settings: Settings, markingOn: boolean): void {
    this.settings = settings;
    this.markingOn = markingOn;
    if (!markingOn) this.found = [];
    this.show();
  }

  /** The mentions by text node, for hit-testing the pointer: built at the first hover after a change. */
  get byNode(): Map<Node, Mention[]> {
    this.index ??= indexByNode(this.mentions);
    return this.index;
  }

  entityIds(): Set<string> {
    return new Set(this.found.map((m) => m.entity.id));
  }

  /** Counts every mention found, shown or not: the popup tells how often the page names each. */
  counts(): PageMention[] {
    const counts = new Map<string, number>();
    for (const mention of this.found) counts.set(mention.entity.id, (counts.get(mention.entity.id) ?? 0) + 1);
    return [...counts].map(([id, count]) => ({ ...this.entities.get(id)!, count }));
  }

  private remember(entities: PageEntity[]): void {
    for (const entity of entities) this.entities.set(entity.id, entity);
  }

  private show(): void {
    const kinds = new Set(this.settings.kindsShown);
    const shown = this.markingOn ? this.found.filter((m) => kinds.has(m.entity.kind)) : [];
    this.mentions = firstMentionsOnly(shown, this.settings.firstMentionOnly).slice(0, MAX_MENTIONS);
    this.index = undefined;
    paintMentions(this.mentions);
    if (this.firstMarkAt !== null || !this.mentions.length) return;
    this.firstMarkAt = performance.now();
    this.firstMarksInView = this.mentions.slice(0, 200).every((m) => isNearWindow(m.range));
  }
}

import type { PageEntity, PageMention } from '@/lib/messaging';
import { paintMentions } from './highlights';
import { containsComposed, indexByNode, sortMentions, type Mention } from './mentions';

/**
 * The mentions currently marked on the page. A rescan of part of the page replaces only
 * the mentions inside it, and mentions whose text left the page are dropped.
 */
export class PageMarks {
  mentions: Mention[] = [];
  byNode = new Map<Node, Mention[]>();
  firstMarkAt: number | null = null;
  private readonly entities = new Map<string, PageEntity>();

  replaceAll(mentions: Mention[], entities: PageEntity[]): void {
    this.entities.clear();
    this.apply(mentions, entities);
  }

  replaceWithin(roots: Node[], mentions: Mention[], entities: PageEntity[]): void {
    const kept = this.mentions.filter((m) => m.range.startContainer.isConnected
      && !m.range.collapsed
      && !roots.some((root) => containsComposed(root, m.range.startContainer)));
    this.apply([...kept, ...mentions], entities);
  }

  entityIds(): Set<string> {
    return new Set(this.mentions.map((m) => m.entity.id));
  }

  counts(): PageMention[] {
    const counts = new Map<string, number>();
    for (const mention of this.mentions) counts.set(mention.entity.id, (counts.get(mention.entity.id) ?? 0) + 1);
    return [...counts].map(([id, count]) => ({ ...this.entities.get(id)!, count }));
  }

  private apply(mentions: Mention[], entities: PageEntity[]): void {
    for (const entity of entities) this.entities.set(entity.id, entity);
    this.mentions = sortMentions(mentions);
    this.byNode = indexByNode(this.mentions);
    paintMentions(this.mentions);
    if (this.firstMarkAt === null && this.mentions.length) this.firstMarkAt = performance.now();
  }
}

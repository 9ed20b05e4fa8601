import type { ChunkHit, PageEntity } from '@/lib/messaging/protocol';
import { locate, type TextBlock } from './text-blocks';

/** One place on the page where an entity is named. */
export interface Mention {
  entity: PageEntity;
  range: Range;
}

export function toMentions(blocks: TextBlock[], hits: ChunkHit[], entities: Map<string, PageEntity>, firstChunk = 0): Mention[] {
  const mentions: Mention[] = [];
  for (const hit of hits) {
    const block = blocks[hit.chunk - firstChunk];
    const entity = entities.get(hit.entityId);
    if (!block || !entity) continue;
    const range = new Range();
    range.setStart(...locate(block, hit.start, false));
    range.setEnd(...locate(block, hit.end, true));
    mentions.push({ entity, range });
  }
  return mentions;
}

/** Mentions in document order, the order keyboard stepping follows. */
export function sortMentions(mentions: Mention[]): Mention[] {
  return mentions.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
}

/** Finds mentions fast by text node, for hit-testing the pointer and focus. */
export function indexByNode(mentions: Mention[]): Map<Node, Mention[]> {
  const byNode = new Map<Node, Mention[]>();
  const add = (node: Node, mention: Mention) => {
    const list = byNode.get(node) ?? [];
    list.push(mention);
    byNode.set(node, list);
  };
  for (const mention of mentions) {
    add(mention.range.startContainer, mention);
    if (mention.range.endContainer !== mention.range.startContainer) add(mention.range.endContainer, mention);
  }
  return byNode;
}

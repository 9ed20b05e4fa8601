import type { PageEntity } from '@/lib/messaging/protocol';

/** One place on the page where an entity is named. */
export interface Mention {
  entity: PageEntity;
  range: Range;
  /** Other entities the same name could mean (Georgia the state, Georgia the country); the card names them. */
  alternatives?: readonly string[];
}

/** The shadow roots `node` sits in, innermost first (none for a node of the document itself). */
export function shadowRootsAround(node: Node): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) roots.push(root);
  return roots;
}

/** The node's shadow host, its host's host..., up to a node in the document itself. */
function liftToDocument(node: Node): Node {
  return shadowRootsAround(node).at(-1)?.host ?? node;
}

/** Document order, across shadow trees too (Range comparison throws between trees). */
export function compareMentions(a: Mention, b: Mention): number {
  const nodeA = a.range.startContainer;
  const nodeB = b.range.startContainer;
  if (nodeA.getRootNode() === nodeB.getRootNode()) return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
  const position = liftToDocument(nodeA).compareDocumentPosition(liftToDocument(nodeB));
  if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}

/** Whether `node` lies inside `root`, counting shadow trees as inside their host. */
export function containsComposed(root: Node, node: Node): boolean {
  for (
    let current: Node | null = node;
    current;
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null)
  ) {
    if (current === root) return true;
  }
  return false;
}

/** Mentions in document order, the order keyboard stepping follows. */
export function sortMentions(mentions: Mention[]): Mention[] {
  return mentions.sort(compareMentions);
}

/** Finds mentions fast by text node, for hit-testing the pointer and focus. */
export function indexByNode(mentions: Mention[]): Map<Node, Mention[]> {
  const byNode = new Map<Node, Mention[]>();
  const add = (node: Node, mention: Mention) => {
    const list = byNode.get(node);
    if (list) list.push(mention);
    else byNode.set(node, [mention]);
  };
  for (const mention of mentions) {
    const { startContainer, endContainer } = mention.range;
    add(startContainer, mention);
    if (endContainer !== startContainer) add(endContainer, mention);
  }
  return byNode;
}

import type { GraphEntity, GraphRelation } from './graph-data';

export interface Alliance {
  /** Position in `groups`: 0 is the largest alliance. */
  index: number;
  /** Most-allied first, then by name. */
  memberIds: string[];
  /** "Iran, Syria, Russia +2": the members a reader will recognise the group by. */
  label: string;
}

export interface Alliances {
  groups: Alliance[];
  /** Actors in an alliance; everyone else has no ally-of link among the given relations. */
  groupOf: Map<string, number>;
}

function find(parent: Map<string, string>, id: string): string {
  let root = id;
  while (parent.get(root) !== root) root = parent.get(root)!;
  // Path compression keeps later look-ups short.
  for (let at = id; at !== root;) {
    const next = parent.get(at)!;
    parent.set(at, root);
    at = next;
  }
  return root;
}

/**
 * Groups actors joined by chains of 'ally-of' relations (union-find). The rule is plain on
 * purpose so a reader can check it: an ally of an ally is in the same group, even where the two
 * fight each other, and 'adversary-of' never splits a group.
 */
export function allianceGroups(entities: readonly GraphEntity[], relations: readonly GraphRelation[]): Alliances {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const parent = new Map<string, string>();
  const allyCount = new Map<string, number>();
  for (const r of relations) {
    if (r.type !== 'ally-of' || r.fromId === r.toId || !names.has(r.fromId) || !names.has(r.toId)) continue;
    for (const id of [r.fromId, r.toId]) {
      if (!parent.has(id)) parent.set(id, id);
      allyCount.set(id, (allyCount.get(id) ?? 0) + 1);
    }
    parent.set(find(parent, r.fromId), find(parent, r.toId));
  }
  const byRoot = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const root = find(parent, id);
    byRoot.set(root, [...(byRoot.get(root) ?? []), id]);
  }
  const byRank = (a: string, b: string) =>
    (allyCount.get(b) ?? 0) - (allyCount.get(a) ?? 0) || names.get(a)!.localeCompare(names.get(b)!);
  const members = [...byRoot.values()]
    .map((ids) => ids.sort(byRank))
    .sort((a, b) => b.length - a.length || byRank(a[0]!, b[0]!));
  const groups = members.map((memberIds, index) => ({ index, memberIds, label: allianceLabel(memberIds, names) }));
  const groupOf = new Map(groups.flatMap((g) => g.memberIds.map((id) => [id, g.index] as const)));
  return { groups, groupOf };
}

function allianceLabel(memberIds: readonly string[], names: ReadonlyMap<string, string>): string {
  const shown = memberIds.slice(0, 3).map((id) => names.get(id)!);
  const rest = memberIds.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} +${rest}` : shown.join(', ');
}

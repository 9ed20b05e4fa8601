/** Pure placement for the event timeline: rows that do not overlap, and lanes of facts. */

export interface Extent {
  from: number;
  to: number;
}

/**
 * Greedy interval packing: items in order of start go into the first row whose last item ends
 * at least `gap` before them. This is optimal in rows for intervals (the row count equals the
 * most items overlapping at any one point). Past `maxRows` an item goes where it overlaps least
 * (the row that frees up first). Returns each item's row, in the order given.
 */
export function packRows(items: readonly Extent[], gap = 0, maxRows = Infinity): number[] {
  const order = items
    .map((_, i) => i)
    .sort((a, b) => items[a]!.from - items[b]!.from || items[a]!.to - items[b]!.to || a - b);
  const rowEnds: number[] = [];
  const rows = new Array<number>(items.length);
  for (const i of order) {
    const item = items[i]!;
    let row = rowEnds.findIndex((end) => end + gap <= item.from);
    if (row < 0 && rowEnds.length < maxRows) row = rowEnds.length;
    if (row < 0) row = rowEnds.indexOf(Math.min(...rowEnds));
    rowEnds[row] = Math.max(rowEnds[row] ?? -Infinity, item.to);
    rows[i] = row;
  }
  return rows;
}

export interface LaneFact {
  entityId: string;
  entityName: string;
}

export interface FactLane<F extends LaneFact> {
  key: string;
  label: string;
  facts: F[];
}

/**
 * One lane per entity for the `maxLanes - 1` entities with most facts (named in order), and one
 * "Other actors" lane for the rest, so a store of hundreds of actors stays a readable picture.
 */
export function factLanes<F extends LaneFact>(facts: readonly F[], maxLanes: number): FactLane<F>[] {
  const byEntity = new Map<string, F[]>();
  for (const fact of facts) byEntity.set(fact.entityId, [...(byEntity.get(fact.entityId) ?? []), fact]);
  const groups = [...byEntity.values()];
  if (groups.length <= maxLanes) return groups.map(laneOf).sort(byLabel);
  groups.sort((a, b) => b.length - a.length || a[0]!.entityName.localeCompare(b[0]!.entityName));
  const named = groups
    .slice(0, Math.max(0, maxLanes - 1))
    .map(laneOf)
    .sort(byLabel);
  const rest = groups.slice(named.length);
  return [...named, { key: 'other', label: `Other actors (${rest.length})`, facts: rest.flat() }];
}

function laneOf<F extends LaneFact>(facts: F[]): FactLane<F> {
  // Prefixed, so no entity id can pass for the 'other' lane or the timeline's 'events' lane.
  return { key: `entity:${facts[0]!.entityId}`, label: facts[0]!.entityName, facts };
}

function byLabel(a: { label: string }, b: { label: string }): number {
  return a.label.localeCompare(b.label);
}

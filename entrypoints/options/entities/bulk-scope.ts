import type { EntityRecord } from '@/lib/store';

/** The ticked entities, split by whether the list shows them under the present search and filters. */
export interface BulkScope {
  /** What a bulk action acts on: ticked and in the list, in the list's order. */
  inList: EntityRecord[];
  /** Ticked earlier, now hidden by the search or a filter: left alone, and said so. */
  hidden: EntityRecord[];
}

/**
 * A reader acts on what they see. Entities ticked for tagging and then searched away once
 * went with a bulk delete of "one" visible row (issue 17): they are now kept apart.
 */
export function bulkScope(
  selected: ReadonlySet<string>,
  visible: readonly EntityRecord[],
  byId: ReadonlyMap<string, EntityRecord>,
): BulkScope {
  const inList = visible.filter((entity) => selected.has(entity.id));
  const shown = new Set(inList.map((entity) => entity.id));
  const hidden = [...selected].flatMap((id) => {
    const entity = byId.get(id);
    return entity && !shown.has(id) ? [entity] : [];
  });
  return { inList, hidden };
}

/** "Sergey Lavrov, Andrei Karlov and 3 more": the names a confirmation reads out, never an endless line. */
export function namesText(names: readonly string[], shown = 5): string {
  const quoted = names.map((name) => `“${name}”`);
  if (quoted.length <= 1) return quoted.join('');
  if (quoted.length <= shown) return `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
  return `${quoted.slice(0, shown).join(', ')} and ${(quoted.length - shown).toLocaleString('en')} more`;
}

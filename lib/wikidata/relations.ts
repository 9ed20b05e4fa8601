import type { RelationType } from '@/lib/store';
import type { WikidataItem } from './item';
import type { Property } from './statements';
import type { ItemId, WikidataRelation } from './types';

/**
 * Statements that relate two actors. `reverse` ones are stated on the other end: a state's head of
 * state (P35) leads it, an event's participant (P710) took part in it, a state's capital (P36) is its
 * capital, so the relation runs from the statement's value to the item.
 */
const RELATION_RULES: readonly { property: Property; type: RelationType; reverse?: true }[] = [
  { property: 'P17', type: 'located-in' },
  { property: 'P131', type: 'located-in' },
  { property: 'P102', type: 'member-of' },
  { property: 'P463', type: 'member-of' },
  { property: 'P361', type: 'part-of' },
  { property: 'P1344', type: 'participant-in' },
  { property: 'P710', type: 'participant-in', reverse: true },
  { property: 'P35', type: 'leads', reverse: true },
  { property: 'P6', type: 'leads', reverse: true },
  { property: 'P488', type: 'leads', reverse: true },
  { property: 'P36', type: 'capital-of', reverse: true },
];

/** Every relation the item states, once each (the preferred statement's dates win). */
export function relationsOf(item: WikidataItem): WikidataRelation[] {
  const seen = new Set<string>();
  const relations: WikidataRelation[] = [];
  for (const rule of RELATION_RULES) {
    for (const statement of item.statements[rule.property] ?? []) {
      const other = statement.value as ItemId;
      if (other === item.id) continue;
      const [from, to] = rule.reverse ? [other, item.id] : [item.id, other];
      const key = `${from}|${rule.type}|${to}`;
      if (seen.has(key)) continue;
      seen.add(key);
      relations.push({
        type: rule.type,
        from,
        to,
        ...(statement.start ? { start: statement.start } : {}),
        ...(statement.end ? { end: statement.end } : {}),
      });
    }
  }
  return relations;
}

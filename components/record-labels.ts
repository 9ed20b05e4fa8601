import type { EntityKind, EventType, RelationType } from '@/lib/store';

/** Words the reader sees for record kinds, event types and relations, shared by the card, popup and editor. */
export const KIND_LABELS: Record<EntityKind, string> = {
  person: 'Person',
  state: 'State',
  organisation: 'Organisation',
  'armed-group': 'Armed group',
  place: 'Place',
  event: 'Event',
};

/** How a relation reads from each end: "Leads Russia" on Putin's card, "Led by Putin" on Russia's. */
const LABELS: Record<RelationType, { out: string; in: string }> = {
  'ally-of': { out: 'Ally of', in: 'Ally of' },
  'adversary-of': { out: 'Adversary of', in: 'Adversary of' },
  'member-of': { out: 'Member of', in: 'Has member' },
  leads: { out: 'Leads', in: 'Led by' },
  'part-of': { out: 'Part of', in: 'Includes' },
  'participant-in': { out: 'Took part in', in: 'Participant' },
  'located-in': { out: 'Located in', in: 'Location of' },
  'capital-of': { out: 'Capital of', in: 'Capital' },
};

export function relationLabel(type: RelationType, direction: 'out' | 'in'): string {
  return LABELS[type][direction];
}

/** The editor lists outgoing relations, so each type reads from this entity's side. */
export function relationTypeLabel(type: RelationType): string {
  return relationLabel(type, 'out');
}

/** "negotiations" → "Negotiations": event types are single lower-case words. */
export function eventTypeLabel(type: EventType): string {
  return type.charAt(0).toUpperCase() + type.slice(1);
}

import { relationLabel } from '@/components/card/relation-label';
import type { EntityKind, EventType, RelationType } from '@/lib/store/records';

export const KIND_LABELS: Record<EntityKind, string> = {
  person: 'Person', state: 'State', organisation: 'Organisation',
  'armed-group': 'Armed group', place: 'Place', event: 'Event',
};

/** "negotiations" → "Negotiations": event types are single lower-case words. */
export function eventTypeLabel(type: EventType): string {
  return type.charAt(0).toUpperCase() + type.slice(1);
}

/** The editor lists outgoing relations, so each type reads from this entity's side. */
export function relationTypeLabel(type: RelationType): string {
  return relationLabel(type, 'out');
}

/**
 * The background prefixes validation errors with the request type
 * ('Bad "entity/save" request: name: …'); a reader only needs the part after it.
 */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Bad "[^"]+" request: /, '');
}

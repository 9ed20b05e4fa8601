import type { EntityKind, RelationType } from '@/lib/store/records';

/** Words the reader sees for record kinds and relations, shared by the card, popup and editor. */
export const KIND_LABELS: Record<EntityKind, string> = {
  person: 'Person', state: 'State', organisation: 'Organisation',
  'armed-group': 'Armed group', place: 'Place', event: 'Event',
};

/** Only web addresses ever become links: a `javascript:` or `data:` URL stays inert text. */
export function isWebUrl(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\//i.test(url.trim());
}

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

import type { RelationType } from '@/lib/store/records';

/** How a relation reads from each end: "Leads Russia" on Putin's card, "Led by Putin" on Russia's. */
const LABELS: Record<RelationType, { out: string; in: string }> = {
  'ally-of': { out: 'Ally of', in: 'Ally of' },
  'adversary-of': { out: 'Adversary of', in: 'Adversary of' },
  'member-of': { out: 'Member of', in: 'Has member' },
  leads: { out: 'Leads', in: 'Led by' },
  'part-of': { out: 'Part of', in: 'Includes' },
  'participant-in': { out: 'Took part in', in: 'Participant' },
  'located-in': { out: 'Located in', in: 'Location of' },
};

export function relationLabel(type: RelationType, direction: 'out' | 'in'): string {
  return LABELS[type][direction];
}

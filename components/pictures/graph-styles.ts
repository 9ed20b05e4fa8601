import { describeRange, formatPartialDate, isPartialDate } from '@/lib/dates';
import type { RelationType } from '@/lib/store';
import type { GraphRelation } from '@/lib/pictures';
import { relationLabel } from '@/components/record-labels';

/** Relations drawn with an arrowhead: the ones that read one way ("Putin leads Russia"). */
export const ARROW_TYPES: ReadonlySet<RelationType> = new Set(['member-of', 'part-of', 'leads']);

/** Alliance colours in pictures.css (`side-0`…); further alliances share the last one. */
export const ALLIANCE_COLOURS = 8;

export const COLOUR_BY_LABELS = { kind: 'Colour by kind', side: 'Colour by alliance' } as const;

export function allianceClass(group: number | undefined): string {
  return group === undefined ? 'side-none' : `side-${Math.min(group, ALLIANCE_COLOURS - 1)}`;
}

function when(relation: GraphRelation): string {
  if (isPartialDate(relation.start) && relation.end === undefined) return `since ${formatPartialDate(relation.start)}`;
  return describeRange(relation.start, relation.end);
}

/** "Vladimir Putin leads Russia (since 7 May 2012)": the words for an edge's title. */
export function relationSentence(relation: GraphRelation, fromName: string, toName: string): string {
  const dates = when(relation);
  const sentence = `${fromName} ${relationLabel(relation.type, 'out').toLowerCase()} ${toName}`;
  return dates ? `${sentence} (${dates})` : sentence;
}

import { isPartialDate } from '@/lib/dates';
import { type EntityRecord, type FactRecord, isLive } from '@/lib/store';
import type { TimelineEvent, TimelineFact } from './timeline-model';

/**
 * The timeline's input from store records: live events with a usable start, and live dated
 * facts named by their entity. Facts about entities not given are left out, so passing the
 * editor's scope of entities scopes the facts too.
 */
export function timelineDataFrom(
  entities: readonly EntityRecord[],
  facts: readonly FactRecord[],
): { events: TimelineEvent[]; facts: TimelineFact[] } {
  const live = entities.filter(isLive);
  const names = new Map(live.map((e) => [e.id, e.name]));
  const events = live.flatMap((e): TimelineEvent[] =>
    e.kind === 'event' && isPartialDate(e.start)
      ? [
          {
            id: e.id,
            name: e.name,
            kind: 'event',
            start: e.start,
            end: isPartialDate(e.end) ? e.end : undefined,
            eventType: e.eventType,
          },
        ]
      : [],
  );
  const dated = facts.flatMap((f): TimelineFact[] => {
    const entityName = names.get(f.entityId);
    if (!isLive(f) || entityName === undefined || !isPartialDate(f.date)) return [];
    return [
      {
        id: f.id,
        entityId: f.entityId,
        entityName,
        text: f.text,
        date: f.date,
        end: isPartialDate(f.end) ? f.end : undefined,
      },
    ];
  });
  return { events, facts: dated };
}

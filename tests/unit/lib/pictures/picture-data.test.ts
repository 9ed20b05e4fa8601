import { describe, expect, it } from 'vitest';
import { timelineDataFrom } from '@/lib/pictures';
import type { EntityRecord, FactRecord } from '@/lib/store';

const base = { createdAt: 0, updatedAt: 0, origin: 'pack' as const };
const entity = (id: string, name: string, extra: Partial<EntityRecord> = {}): EntityRecord => ({
  ...base,
  id,
  name,
  kind: 'person',
  summary: '',
  ...extra,
});
const fact = (id: string, entityId: string, extra: Partial<FactRecord> = {}): FactRecord => ({
  ...base,
  id,
  entityId,
  text: `About ${entityId}`,
  ...extra,
});

describe('the timeline’s data from store records', () => {
  const entities = [
    entity('putin', 'Vladimir Putin'),
    entity('aleppo', 'Fall of Eastern Aleppo', {
      kind: 'event',
      eventType: 'battle',
      start: '2016-11-15',
      end: '2016-12-22',
    }),
    entity('undated', 'An event with no date', { kind: 'event' }),
    entity('gone', 'Deleted event', { kind: 'event', start: '2016', deletedAt: 1 }),
  ];

  it('takes live events with a start, with their type and end', () => {
    const { events } = timelineDataFrom(entities, []);
    expect(events).toEqual([
      {
        id: 'aleppo',
        name: 'Fall of Eastern Aleppo',
        kind: 'event',
        start: '2016-11-15',
        end: '2016-12-22',
        eventType: 'battle',
      },
    ]);
  });

  it('names each dated fact by its entity and drops undated, deleted and orphaned ones', () => {
    const facts = [
      fact('f1', 'putin', { date: '2016-12-20', end: 'not a date' }),
      fact('f2', 'putin'),
      fact('f3', 'putin', { date: '2016', deletedAt: 5 }),
      fact('f4', 'nobody', { date: '2016' }),
    ];
    expect(timelineDataFrom(entities, facts).facts).toEqual([
      {
        id: 'f1',
        entityId: 'putin',
        entityName: 'Vladimir Putin',
        text: 'About putin',
        date: '2016-12-20',
        end: undefined,
      },
    ]);
  });
});

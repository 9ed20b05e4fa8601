import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { draftFromForm, emptyFact, emptyForm, emptyRelation, formFromDetail } from '@/components/editor/entity-form';
import { EntityDraftSchema } from '@/lib/store/drafts';
import type { EntityRecord } from '@/lib/store/records';
import type { EntityDetail } from '@/lib/store/views';

const stamp = { createdAt: 1, updatedAt: 1, origin: 'pack' as const };
const putin: EntityRecord = {
  id: 'p:putin',
  kind: 'person',
  name: 'Vladimir Putin',
  summary: 'President of Russia.',
  ...stamp,
};
const russia = { id: 'p:russia', kind: 'state' as const, name: 'Russia', summary: '' };
const kremlin = { id: 'p:kremlin', kind: 'organisation' as const, name: 'Kremlin', summary: '' };

function putinDetail(): EntityDetail {
  return {
    entity: putin,
    aliases: [{ id: 'a1', entityId: 'p:putin', text: 'Putin', caseSensitive: false, ...stamp }],
    facts: [{ id: 'f1', entityId: 'p:putin', text: 'Became president.', date: '2000-05-07', ...stamp }],
    relations: [
      { id: 'r1', type: 'leads', direction: 'out', other: russia, start: '2012' },
      { id: 'r2', type: 'part-of', direction: 'in', other: kremlin },
    ],
    notes: [],
  };
}

describe('the entity form', () => {
  it('sends an unchanged entity back with the ids of its aliases, facts and outgoing relations', () => {
    const draft = draftFromForm(formFromDetail(putinDetail()));
    expect(draft).toMatchObject({
      id: 'p:putin',
      name: 'Vladimir Putin',
      aliases: [{ id: 'a1', text: 'Putin', caseSensitive: false }],
      facts: [{ id: 'f1', text: 'Became president.', date: '2000-05-07', end: undefined, sourceUrl: undefined }],
      relations: [{ id: 'r1', type: 'leads', toId: 'p:russia', start: '2012', end: undefined }],
    });
    expect(v.safeParse(EntityDraftSchema, draft).success).toBe(true);
  });

  it('keeps a stop phrase a stop phrase when the entity is saved again', () => {
    const detail = putinDetail();
    detail.aliases.push({
      id: 'a2',
      entityId: 'p:putin',
      text: 'Putin era',
      caseSensitive: false,
      stop: true,
      ...stamp,
    });
    expect(draftFromForm(formFromDetail(detail)).aliases?.[1]).toMatchObject({ id: 'a2', stop: true });
  });

  it('leaves relations held by other entities out of the draft', () => {
    const form = formFromDetail(putinDetail());
    expect(form.relations.map((r) => r.id)).toEqual(['r1']);
  });

  it('sends new items without an id, and empty optional fields not at all', () => {
    const form = formFromDetail(putinDetail());
    const fact = { ...emptyFact(), text: 'Born in Leningrad.', sourceUrl: '  ' };
    const relation = { ...emptyRelation(), target: russia };
    const draft = draftFromForm({ ...form, facts: [...form.facts, fact], relations: [...form.relations, relation] });
    expect(draft.facts?.[1]).toEqual({
      id: undefined,
      text: 'Born in Leningrad.',
      date: undefined,
      end: undefined,
      sourceUrl: undefined,
      sourceTitle: undefined,
    });
    expect(draft.relations?.[1]).toMatchObject({ id: undefined, toId: 'p:russia' });
    expect(v.safeParse(EntityDraftSchema, draft).success).toBe(true);
  });

  it('keeps event fields only while the kind is event', () => {
    const form = {
      ...emptyForm(),
      name: 'Battle of Aleppo',
      eventType: 'battle' as const,
      start: '2012-07',
      end: '2016-12',
    };
    expect(draftFromForm(form)).toMatchObject({ eventType: undefined, start: undefined, end: undefined });
    expect(draftFromForm({ ...form, kind: 'event' })).toMatchObject({
      eventType: 'battle',
      start: '2012-07',
      end: '2016-12',
    });
  });

  it('keeps an event’s place while the place exists, and lets it go once it was deleted (here or in another browser)', () => {
    const event: EntityRecord = {
      id: 'p:talks',
      kind: 'event',
      name: 'Moscow conference',
      summary: '',
      start: '2016-12-20',
      placeId: 'p:moscow',
      ...stamp,
    };
    const moscow = { id: 'p:moscow', kind: 'place' as const, name: 'Moscow', summary: '' };
    const detail: EntityDetail = { entity: event, aliases: [], facts: [], relations: [], notes: [] };
    expect(draftFromForm(formFromDetail({ ...detail, place: moscow })).placeId).toBe('p:moscow');
    expect(draftFromForm(formFromDetail(detail)).placeId).toBeUndefined();
  });

  it('lets the background refuse an empty name rather than dropping it', () => {
    const result = v.safeParse(EntityDraftSchema, draftFromForm(emptyForm()));
    expect(result.success).toBe(false);
  });
});

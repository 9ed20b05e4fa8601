import { describe, expect, it } from 'vitest';
import { emptyFact, emptyForm, formFromDetail, type EntityForm } from '@/components/editor/entity-form';
import { hasUnsavedChanges } from '@/components/editor/unsaved';
import type { EntityDetail } from '@/lib/store/views';

const stamp = { createdAt: 1, updatedAt: 1, origin: 'pack' as const };
const putin: EntityDetail = {
  entity: { id: 'p:putin', kind: 'person', name: 'Vladimir Putin', summary: 'President of Russia.', ...stamp },
  aliases: [{ id: 'a1', entityId: 'p:putin', text: 'Putin', caseSensitive: false, ...stamp }],
  facts: [{ id: 'f1', entityId: 'p:putin', text: 'Became president.', date: '2000-05-07', ...stamp }],
  relations: [],
  notes: [],
};

describe('unsaved changes in the entity form', () => {
  it('sees none in a form just loaded, nor in a fresh copy of it with new rendering keys', () => {
    const saved = formFromDetail(putin);
    expect(hasUnsavedChanges(saved, saved)).toBe(false);
    expect(hasUnsavedChanges(formFromDetail(putin), saved)).toBe(false);
  });

  it('sees a changed summary, a removed alias, an added fact and a changed kind', () => {
    const saved = formFromDetail(putin);
    const edits: EntityForm[] = [
      { ...saved, summary: 'President of Russia since 2012.' },
      { ...saved, aliases: [] },
      { ...saved, facts: [...saved.facts, { ...emptyFact(), text: 'Annexed Crimea.', date: '2014-03-18' }] },
      { ...saved, kind: 'organisation' },
    ];
    for (const edited of edits) expect(hasUnsavedChanges(edited, saved)).toBe(true);
  });

  it('sees none once a field is typed back to what was saved', () => {
    const saved = formFromDetail(putin);
    const typedBack = { ...saved, name: 'Vladimir Putin' };
    expect(hasUnsavedChanges(typedBack, saved)).toBe(false);
  });

  it('sees a name typed into a new entity, but not the name it was opened with', () => {
    const opened = { ...emptyForm(), name: 'Tayyip Erdoğan' };
    expect(hasUnsavedChanges(opened, opened)).toBe(false);
    expect(hasUnsavedChanges({ ...opened, name: 'Recep Tayyip Erdoğan' }, opened)).toBe(true);
  });

  it('has nothing unsaved before the form has loaded', () => {
    expect(hasUnsavedChanges(undefined, undefined)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
  aliasFromSelection,
  entityDraftFromCapture,
  factErrorText,
  factRequestFromCapture,
  factSource,
} from '@/lib/capture';
import { EntityDraftSchema } from '@/lib/store';

describe('an entity from a selection', () => {
  it('keeps the selection as an alias when the reader named the entity differently', () => {
    const draft = entityDraftFromCapture({
      name: 'Andrei Karlov',
      kind: 'person',
      summary: '',
      selection: 'the Russian envoy',
    });
    expect(draft.aliases).toEqual([{ text: 'the Russian envoy', caseSensitive: false }]);
    expect(v.is(EntityDraftSchema, draft)).toBe(true);
  });

  it('adds no alias when the name is the selection, possessive and all', () => {
    expect(aliasFromSelection('Leila Farhadi’s', 'Leila Farhadi')).toBeUndefined();
    expect(
      entityDraftFromCapture({ name: 'Leila Farhadi', kind: 'person', summary: '', selection: 'Leila Farhadi' })
        .aliases,
    ).toEqual([]);
  });

  it('matches a one-word alias only as written, as the store does for one-word names', () => {
    const draft = entityDraftFromCapture({ name: 'Andrei Karlov', kind: 'person', summary: '', selection: 'Karlov' });
    expect(draft.aliases).toEqual([{ text: 'Karlov', caseSensitive: true }]);
  });

  it('passes an empty name on for the background to refuse', () => {
    const draft = entityDraftFromCapture({ name: '  ', kind: 'person', summary: '', selection: 'Karlov' });
    expect(v.is(EntityDraftSchema, draft)).toBe(false);
  });
});

describe('a fact from a selection', () => {
  const form = {
    text: 'Lavrov hosted the session.\n',
    date: '2016-12-20',
    entityId: 'starter:sergey-lavrov',
    url: 'https://ledger.example/a',
    title: 'After Aleppo',
  };

  it('files the sentence with the page as its source', () => {
    expect(factRequestFromCapture(form)).toEqual({
      ok: true,
      value: {
        entityId: 'starter:sergey-lavrov',
        fact: {
          text: 'Lavrov hosted the session.',
          date: '2016-12-20',
          sourceUrl: 'https://ledger.example/a',
          sourceTitle: 'After Aleppo',
        },
      },
    });
  });

  it('asks for the entity before anything is sent', () => {
    expect(factRequestFromCapture({ ...form, entityId: undefined })).toEqual({
      ok: false,
      error: 'Choose the actor or event this fact is about.',
    });
  });

  it('leaves out an empty date rather than sending one the store refuses', () => {
    const request = factRequestFromCapture({ ...form, date: ' ' });
    expect(request.ok && request.value.fact.date).toBeUndefined();
  });

  it('saves a fact from a file or about: page without a source, and says why', () => {
    expect(factSource('file:///home/reader/saved.html', 'Saved')).toEqual({
      refused:
        'Only web pages (http or https) can be sources, and this is a file: page, so the fact is saved without a source.',
    });
    expect(factSource('javascript:alert(1)', 'x').sourceUrl).toBeUndefined();
    expect(factSource('', '').refused).toMatch(/no address/);
    const request = factRequestFromCapture({ ...form, url: 'about:blank' });
    expect(request.ok && request.value.fact.sourceUrl).toBeUndefined();
  });

  it('names a refused fact field the way the form labels it', () => {
    expect(
      factErrorText('Bad "fact/add" request: fact.text: A fact must not be empty; fact.date: must be a date like 2016'),
    ).toBe('A fact must not be empty; Date: must be a date like 2016');
  });
});

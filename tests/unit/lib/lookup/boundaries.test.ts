import { describe, expect, it } from 'vitest';
import { loopbackEndpoints, lookupTargetFromQuery, nameFromSelection, readerLanguages } from '@/lib/lookup';

describe('where look-ups may go', () => {
  it('takes a test server only on loopback, so a stored key can never send a reader’s names elsewhere', () => {
    expect(
      loopbackEndpoints({ wikidata: 'http://127.0.0.1:4100', wikipedia: 'http://127.0.0.1:4100/wiki-{lang}' }),
    ).toEqual({ wikidata: 'http://127.0.0.1:4100', wikipedia: 'http://127.0.0.1:4100/wiki-{lang}' });
    expect(loopbackEndpoints({ wikidata: 'https://evil.example', wikipedia: 'http://127.0.0.1:4100' })).toBeUndefined();
    expect(
      loopbackEndpoints({ wikidata: 'http://127.0.0.1.evil.example', wikipedia: 'http://localhost' }),
    ).toBeUndefined();
    expect(
      loopbackEndpoints({ wikidata: 'http://localhost@evil.example', wikipedia: 'http://localhost' }),
    ).toBeUndefined();
    expect(loopbackEndpoints('http://127.0.0.1')).toBeUndefined();
  });
});

describe('what a look-up sends', () => {
  it('asks in the page’s language, then the reader’s, then English, by base language and at most five', () => {
    expect(readerLanguages('fr-FR', ['de-DE', 'de', 'en-GB'])).toEqual(['fr', 'de', 'en']);
    expect(readerLanguages(undefined, ['es', 'pt-BR', 'it', 'nl', 'pl', 'sv'])).toEqual(['es', 'pt', 'it', 'nl', 'pl']);
    expect(readerLanguages('und', [])).toEqual(['en']);
  });

  it('sends a selection as a name: whitespace collapsed, quotes and a possessive taken off, 200 characters at most', () => {
    expect(nameFromSelection('  “Leila\n Farhadi’s ')).toBe('Leila Farhadi');
    expect(nameFromSelection('"Hayat Tahrir al-Sham",')).toBe('Hayat Tahrir al-Sham');
    expect(nameFromSelection('x'.repeat(500))).toHaveLength(200);
    expect(lookupTargetFromQuery('?name=%20%20')).toBeUndefined();
    expect(lookupTargetFromQuery('?name=Karlov&tabId=-3')).toEqual({ name: 'Karlov' });
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import {
  datedEvents,
  datedFacts,
  leadersAt,
  otherRelations,
  outcomeOf,
  participantsOf,
  previewOf,
  rolesOf,
} from '@/components/card/card-model';
import type { EntityDetail } from '@/lib/store';
import { starterDetails } from './starter-details';

const ARTICLE = '2017-01-04';
let details: Record<string, EntityDetail>;

beforeAll(async () => {
  details = await starterDetails(
    'hassan-rouhani',
    'iran',
    'united-states',
    'palmyra',
    'fall-of-eastern-aleppo',
    'andrei-karlov',
  );
});

const texts = (detail: EntityDetail, at = ARTICLE) =>
  datedFacts(detail, at).map(({ item, standing }) => `${standing}: ${item.text}`);

describe('a card read at the article’s date', () => {
  it('shows Rouhani’s presidency first, marked as changed since, his re-election as later', () => {
    expect(texts(details['hassan-rouhani']!)).toEqual([
      'changed-since: Served as President of Iran for two terms.',
      "earlier: Was secretary of Iran's Supreme National Security Council and, from 2003, its chief nuclear negotiator.",
      'later: Won re-election to a second presidential term.',
    ]);
  });

  it('lists Rouhani’s role as leader of Iran, held then and changed since', () => {
    expect(
      rolesOf(details['hassan-rouhani']!, ARTICLE).map(({ item, standing }) => [item.type, item.other.name, standing]),
    ).toEqual([['leads', 'Iran', 'changed-since']]);
  });

  it('names Iran’s leaders on the date, and none that came later', () => {
    expect(
      leadersAt(details.iran!, ARTICLE)
        .map(({ item }) => item.other.name)
        .sort(),
    ).toEqual(['Ali Khamenei', 'Hassan Rouhani']);
    expect(leadersAt(details['united-states']!, ARTICLE).map(({ item }) => item.other.name)).toEqual(['Barack Obama']);
    expect(leadersAt(details['united-states']!, '2017-06-01').map(({ item }) => item.other.name)).toEqual([
      'Donald Trump',
    ]);
  });

  it('tells Palmyra’s changes of hands in order, with its 2017 recapture as later', () => {
    const palmyra = details.palmyra!;
    expect(datedFacts(palmyra, ARTICLE).map(({ item, standing }) => [item.date, standing])).toEqual([
      ['1980', 'then'],
      ['2015-05', 'then'],
      ['2016-05-05', 'then'],
      ['2017-03-02', 'later'],
    ]);
    expect(datedEvents(palmyra, ARTICLE).map(({ item }) => [item.name, item.link])).toEqual([
      ['Palmyra offensive (March 2016)', 'place'],
      ['Palmyra offensive (December 2016)', 'place'],
    ]);
  });

  it('gives an event its place, its participants and the outcome dated on its last day', () => {
    const fall = details['fall-of-eastern-aleppo']!;
    expect(fall.place?.name).toBe('Eastern Aleppo');
    expect(participantsOf(fall).map((r) => r.other.name)).toContain('Russia');
    expect(outcomeOf(fall)?.text).toBe(
      'The army announced full control of Aleppo once the last rebels had been evacuated.',
    );
  });

  it('reads the same facts differently from another date', () => {
    const from2022 = datedFacts(details['hassan-rouhani']!, '2022-01-01').map(({ item, standing }) => [
      item.date,
      standing,
    ]);
    expect(from2022).toEqual([
      ['2017-05-19', 'then'],
      ['1989', 'earlier'],
      ['2013-08-03', 'earlier'],
    ]);
  });

  it('does not repeat in Relations what the dated sections already show, and lists on-page relations first', () => {
    const rouhani = details['hassan-rouhani']!;
    const rest = otherRelations(rouhani, ARTICLE, new Set());
    expect(rest.some((r) => r.type === 'leads')).toBe(false);
    expect(rest.some((r) => r.type === 'participant-in')).toBe(false);
    const us = otherRelations(details['united-states']!, ARTICLE, new Set(['starter:iran']));
    expect(us[0]?.other.name).toBe('Iran');
  });
});

describe('long text in a card', () => {
  it('is cut to a preview with an ellipsis', () => {
    const { preview, clipped } = previewOf('x'.repeat(100_000));
    expect(clipped).toBe(true);
    expect(preview).toHaveLength(601);
  });

  it('is cut at ten lines even when short', () => {
    const { preview, clipped } = previewOf('line\n'.repeat(50));
    expect(clipped).toBe(true);
    expect(preview.split('\n')).toHaveLength(10);
  });

  it('is left whole when it fits', () => {
    expect(previewOf('A short note.')).toEqual({ preview: 'A short note.', clipped: false });
  });
});

import { describe, expect, it } from 'vitest';
import { entityOf, fixtureEntity, mapped, OPTIONS } from './fixtures';
import { mapWikidataEntity } from '@/lib/wikidata';

describe('what a Wikidata item is to Backstory, from its classes', () => {
  it('reads a human as a person, a sovereign state as a state, a big city as a place', () => {
    expect(entityOf('person', 'Q567').kind).toBe('person');
    expect(entityOf('state', 'Q183').kind).toBe('state');
    expect(entityOf('city', 'Q64').kind).toBe('place');
    expect(entityOf('city', 'Q33959').kind).toBe('place');
  });

  it('reads an international organisation as an organisation', () => {
    expect(entityOf('organisation', 'Q1065').kind).toBe('organisation');
  });

  it('reads each armed class as an armed group, ahead of the party or state it also claims to be', () => {
    // Q17127659 terrorist organisation, with "historical country" beside it
    expect(entityOf('armed-groups', 'Q2429253').kind).toBe('armed-group');
    // Q17149090 armed organisation, with "political party" beside it
    expect(entityOf('armed-groups', 'Q41053').kind).toBe('armed-group');
    // Q8473 military: a state's armed forces
    expect(entityOf('armed-groups', 'Q45567').kind).toBe('armed-group');
  });

  it('reads battles, assassinations and occurrences as events, with the event type where one fits', () => {
    const battle = entityOf('event', 'Q4390934');
    expect([battle.kind, battle.eventType]).toEqual(['event', 'battle']);
    const assassination = entityOf('event', 'Q27887806');
    expect([assassination.kind, assassination.eventType]).toEqual(['event', 'assassination']);
    const protests = entityOf('event', 'Q15140003');
    expect(protests.kind).toBe('event');
    expect(protests.eventType).toBeUndefined();
  });

  it('drops a class, a position, a disambiguation page and a concept, each with its reason', () => {
    const reasons = ['Q515', 'Q218295', 'Q225152', 'Q7174'].map((id) => {
      const result = mapped('not-actors', id);
      return result.ok ? 'kept' : result.reason;
    });
    expect(reasons).toEqual(['class', 'position', 'wikimedia-page', 'concept']);
  });

  it('drops an item of no known class, and a caller that knows the class can map it', () => {
    const tank = {
      type: 'item',
      id: 'Q12876',
      labels: { en: { language: 'en', value: 'Tank' } },
      claims: {
        P31: [
          {
            mainsnak: {
              snaktype: 'value',
              property: 'P31',
              datavalue: { type: 'wikibase-entityid', value: { id: 'Q18643213' } },
            },
            rank: 'normal',
            type: 'statement',
          },
        ],
      },
    };
    const dropped = mapWikidataEntity(tank, OPTIONS);
    expect(dropped.ok ? 'kept' : [dropped.reason, dropped.detail]).toEqual(['unknown-class', 'instance of Q18643213']);
    const known = mapWikidataEntity(tank, { ...OPTIONS, classes: { Q18643213: { kind: 'organisation' } } });
    expect(known.ok && known.entity.kind).toBe('organisation');
  });

  it('refuses what is not an item: a property, a missing entity, a malformed line', () => {
    const reasonOf = (json: unknown) => {
      const result = mapWikidataEntity(json, OPTIONS);
      return result.ok ? 'kept' : result.reason;
    };
    expect(reasonOf({ type: 'property', id: 'P31', datatype: 'wikibase-item' })).toBe('not-an-item');
    expect(reasonOf({ id: 'Q99999999999', missing: '' })).toBe('missing');
    expect(reasonOf('{"id": "Q1"')).toBe('malformed');
    expect(reasonOf(null)).toBe('malformed');
  });

  it('drops an item with no label in the reader’s languages or the fallbacks', () => {
    const entity = { ...fixtureEntity('person', 'Q567'), labels: { ru: { language: 'ru', value: 'Ангела Меркель' } } };
    const result = mapWikidataEntity(entity, OPTIONS);
    expect(result.ok ? 'kept' : result.reason).toBe('no-label');
  });
});

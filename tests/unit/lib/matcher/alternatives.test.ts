import { describe, expect, it } from 'vitest';
import { buildMatcher, loadMatcher } from '@/lib/matcher';
import { alias } from './helpers';
import { WORLD } from './world-aliases';

describe('names two actors share', () => {
  const world = buildMatcher(WORLD);

  it('marks the first actor given and names the other one on the hit', () => {
    const [hit] = world.findMentions('Officials in Washington said so.');
    expect(hit).toMatchObject({ entityId: 'city-washington-us', alternatives: ['region-washington-us'] });
  });

  it('names no alternative for a name only one actor has', () => {
    expect(world.findMentions('Officials in Syria said so.')[0]).not.toHaveProperty('alternatives');
  });

  it('offers only actors whose case rule the text meets', () => {
    const matcher = buildMatcher([
      alias('Chad', 'country', true),
      alias('chad', 'ballot-paper'),
      alias('CHAD', 'other', true),
    ]);
    expect(matcher.findMentions('Troops left Chad.')[0]).toMatchObject({
      entityId: 'country',
      alternatives: ['ballot-paper'],
    });
    expect(matcher.findMentions('a hanging chad')[0]).toMatchObject({ entityId: 'ballot-paper' });
    expect(matcher.findMentions('a hanging chad')[0]).not.toHaveProperty('alternatives');
  });

  it('names each other actor once, in the order given, and never the one marked', () => {
    const matcher = buildMatcher([
      alias('Victoria', 'state'),
      alias('Victoria', 'state'),
      alias('Victoria', 'city-ca'),
      alias('VICTORIA', 'city-sc'),
      alias('Victoria', 'city-ca'),
    ]);
    expect(matcher.findMentions('Floods in Victoria')[0]?.alternatives).toEqual(['city-ca', 'city-sc']);
  });

  it('does not offer a stop phrase as an alternative', () => {
    const matcher = buildMatcher([
      { text: 'Georgia', entityId: '', caseSensitive: false, stop: true },
      alias('Georgia', 'country'),
    ]);
    expect(matcher.findMentions('in Georgia')).toEqual([]);
    const later = buildMatcher([
      alias('Georgia', 'country'),
      { text: 'Georgia', entityId: '', caseSensitive: false, stop: true },
    ]);
    expect(later.findMentions('in Georgia')[0]).not.toHaveProperty('alternatives');
  });

  it('keeps the alternatives across a serialize and load', () => {
    const loaded = loadMatcher(structuredClone(world.serialize()));
    expect(loaded.findMentions('Atlanta, Georgia')).toEqual(world.findMentions('Atlanta, Georgia'));
    expect(loaded.findMentions('Atlanta, Georgia')[1]?.alternatives).toEqual(['region-georgia-us']);
  });
});

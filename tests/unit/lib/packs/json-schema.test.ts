import Ajv2020 from 'ajv/dist/2020';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { exportPack, loadPack, starterPack } from '@/lib/packs';
import packJsonSchema from '@/lib/packs/pack.schema.json';
import { PackSchema } from '@/lib/packs/schema';
import { ENTITY_KINDS, EVENT_TYPES, RELATION_TYPES } from '@/lib/store';
import { freshDatabase, miniPack } from '../../support/mini-pack';
import { fixture } from '../store/whole-store';

const matchesJsonSchema = new Ajv2020({ allErrors: true }).compile(packJsonSchema);
const matchesPackSchema = (pack: unknown) => v.safeParse(PackSchema, pack).success;

type MiniPack = ReturnType<typeof miniPack>;
type Loose = Record<string, unknown>;
const changed = (change: (pack: MiniPack) => void) => {
  const pack = miniPack();
  change(pack);
  return pack;
};
const lavrov = (pack: MiniPack) => pack.entities[0] as unknown as Loose;

/** Packs someone could plausibly write by hand, each wrong in one way. */
const badPacks: Record<string, unknown> = {
  'a javascript: source link': changed((p) => { p.entities[0]!.facts[0]!.source = { url: 'javascript:alert(1)', title: 'x' }; }),
  'a source that is not a web address': changed((p) => { p.entities[0]!.facts[0]!.source = { url: 'https://', title: 'x' }; }),
  'a source without its url': changed((p) => { (p.entities[0]!.facts[0] as Loose).source = { title: 'Wikipedia' }; }),
  'an id that is not kebab-case': changed((p) => { p.entities[1]!.id = 'Russia'; }),
  'a pack id with a double hyphen': changed((p) => { p.id = 'mini--pack'; }),
  'an unknown kind': changed((p) => { lavrov(p).kind = 'city'; }),
  'an unknown event type': changed((p) => { (p.entities[2] as Loose).eventType = 'summit'; }),
  'an unknown relation type': changed((p) => { (p.entities[0]!.relations[0] as Loose).type = 'friend-of'; }),
  'a key the format does not have': changed((p) => { lavrov(p).tags = ['russia']; }),
  'a key the format does not have at the top': changed((p) => { (p as Loose).author = 'me'; }),
  'a name of only spaces': changed((p) => { p.entities[0]!.name = '   '; }),
  'a name of 201 characters': changed((p) => { p.entities[0]!.name = 'x'.repeat(201); }),
  'an alias of 201 characters': changed((p) => { p.entities[0]!.aliases[0]!.text = `${'x'.repeat(200)}y`; }),
  'a summary of 5001 characters': changed((p) => { p.entities[0]!.summary = 'x'.repeat(5001); }),
  'a month 13': changed((p) => { p.entities[0]!.facts[0]!.date = '2016-13'; }),
  'a day 32': changed((p) => { p.entities[0]!.facts[0]!.date = '2016-12-32'; }),
  'a date with a time': changed((p) => { p.entities[0]!.facts[0]!.date = '2016-12-19T17:00'; }),
  'a missing summary': changed((p) => { delete (lavrov(p) as { summary?: string }).summary; }),
  'version 0': changed((p) => { p.version = 0; }),
  'version 1.5': changed((p) => { p.version = 1.5; }),
  'a newer format version': changed((p) => { p.formatVersion = 2; }),
  'another format': changed((p) => { p.format = 'backstory-backup'; }),
  'caseSensitive as a string': changed((p) => { (p.entities[0]!.aliases[0] as Loose).caseSensitive = 'yes'; }),
  'null for an optional field': changed((p) => { (p.entities[0]!.facts[1] as Loose).date = null; }),
  '50,001 entities': changed((p) => {
    p.entities = Array.from({ length: 50_001 }, (_, i) => ({ ...p.entities[1]!, id: `state-${i}` }));
  }),
};

/** Packs at the edges of what is allowed, which both must accept. */
const edgePacks: Record<string, unknown> = {
  'a name padded to 202 characters that trims to 200': changed((p) => { p.entities[0]!.name = ` ${'x'.repeat(200)} `; }),
  'an empty summary': changed((p) => { p.entities[1]!.summary = ''; }),
  'a source without a title': changed((p) => { (p.entities[0]!.facts[0] as Loose).source = { url: 'https://example.org/karlov' }; }),
  'no aliases, facts or relations at all': changed((p) => { p.entities = [{ id: 'russia', kind: 'state', name: 'Russia', summary: '' }] as MiniPack['entities']; }),
  'dates to the year, the month and the day': changed((p) => { Object.assign(p.entities[0]!.facts[0]!, { date: '2016', end: '2016-12' }); }),
};

describe('the published JSON Schema of packs', () => {
  it('accepts the starter pack', () => {
    expect(matchesJsonSchema(starterPack), JSON.stringify(matchesJsonSchema.errors)).toBe(true);
  });

  it('accepts a pack exported from the store', async () => {
    const db = freshDatabase();
    await loadPack(db, starterPack);
    const pack = await exportPack(db, { kind: 'event' }, { id: 'events', name: 'Events', version: 1 });
    expect(matchesJsonSchema(pack), JSON.stringify(matchesJsonSchema.errors)).toBe(true);
  });

  it.each(Object.entries(badPacks))('and Backstory both refuse a pack with %s', (_, pack) => {
    expect(matchesJsonSchema(pack)).toBe(false);
    expect(matchesPackSchema(pack)).toBe(false);
  });

  it.each(Object.entries(edgePacks))('and Backstory both accept a pack with %s', (_, pack) => {
    expect(matchesJsonSchema(pack), JSON.stringify(matchesJsonSchema.errors)).toBe(true);
    expect(matchesPackSchema(pack)).toBe(true);
  });

  it('refuses the pack from a newer Backstory kept in the fixtures', () => {
    expect(matchesJsonSchema(JSON.parse(fixture('packs/newer-format.json')))).toBe(false);
  });

  it('lists exactly the kinds, event types and relation types Backstory knows', () => {
    const defs = packJsonSchema.$defs;
    expect(defs.entity.properties.kind.enum).toEqual([...ENTITY_KINDS]);
    expect(defs.entity.properties.eventType.enum).toEqual([...EVENT_TYPES]);
    expect(defs.relation.properties.type.enum).toEqual([...RELATION_TYPES]);
  });
});

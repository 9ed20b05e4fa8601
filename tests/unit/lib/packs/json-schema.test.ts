import Ajv2020 from 'ajv/dist/2020';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { exportPack, loadPack, starterPack } from '@/lib/packs';
import packJsonSchema from '@/lib/packs/pack.schema.json';
import { PACK_FORMAT_VERSION, PackSchema } from '@/lib/packs/schema';
import { ENTITY_KINDS, EVENT_TYPES, RELATION_TYPES } from '@/lib/store';
import { freshDatabase, miniPack, miniPackFormat2 } from '../../support/mini-pack';
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
type LooseFormat2 = Loose & { entities: Loose[]; sources?: Record<string, Loose> };
const changedFormat2 = (change: (pack: LooseFormat2) => void) => {
  const pack = miniPackFormat2() as unknown as LooseFormat2;
  change(pack);
  return pack;
};
const russiaAliases = (pack: LooseFormat2) => pack.entities[1]!.aliases as Loose[];
const geonames = (pack: LooseFormat2) => pack.sources!.geonames!;

/** Packs someone could plausibly write by hand, each wrong in one way. */
const badPacks: Record<string, unknown> = {
  'a javascript: source link': changed((p) => {
    p.entities[0]!.facts[0]!.source = { url: 'javascript:alert(1)', title: 'x' };
  }),
  'a source that is not a web address': changed((p) => {
    p.entities[0]!.facts[0]!.source = { url: 'https://', title: 'x' };
  }),
  'a source without its url': changed((p) => {
    (p.entities[0]!.facts[0] as Loose).source = { title: 'Wikipedia' };
  }),
  'an id that is not kebab-case': changed((p) => {
    p.entities[1]!.id = 'Russia';
  }),
  'a pack id with a double hyphen': changed((p) => {
    p.id = 'mini--pack';
  }),
  'an unknown kind': changed((p) => {
    lavrov(p).kind = 'city';
  }),
  'an unknown event type': changed((p) => {
    (p.entities[2] as Loose).eventType = 'summit';
  }),
  'an unknown relation type': changed((p) => {
    (p.entities[0]!.relations[0] as Loose).type = 'friend-of';
  }),
  'a key the format does not have': changed((p) => {
    lavrov(p).tags = ['russia'];
  }),
  'a key the format does not have at the top': changed((p) => {
    (p as Loose).author = 'me';
  }),
  'a name of only spaces': changed((p) => {
    p.entities[0]!.name = '   ';
  }),
  'a name of 201 characters': changed((p) => {
    p.entities[0]!.name = 'x'.repeat(201);
  }),
  'an alias of 201 characters': changed((p) => {
    p.entities[0]!.aliases[0]!.text = `${'x'.repeat(200)}y`;
  }),
  'a summary of 5001 characters': changed((p) => {
    p.entities[0]!.summary = 'x'.repeat(5001);
  }),
  'a month 13': changed((p) => {
    p.entities[0]!.facts[0]!.date = '2016-13';
  }),
  'a day 32': changed((p) => {
    p.entities[0]!.facts[0]!.date = '2016-12-32';
  }),
  'a date with a time': changed((p) => {
    p.entities[0]!.facts[0]!.date = '2016-12-19T17:00';
  }),
  'a missing summary': changed((p) => {
    delete (lavrov(p) as { summary?: string }).summary;
  }),
  'version 0': changed((p) => {
    p.version = 0;
  }),
  'version 1.5': changed((p) => {
    p.version = 1.5;
  }),
  'a newer format version': changed((p) => {
    p.formatVersion = 3;
  }),
  'the format version as a string': changedFormat2((p) => {
    p.formatVersion = '2';
  }),
  'a key in a format-1 pack': changed((p) => {
    (p.entities[1] as Loose).key = 'iso:RU';
  }),
  'data sources in a format-1 pack': changed((p) => {
    (p as Loose).sources = miniPackFormat2().sources;
  }),
  'a word-like alias in a format-1 pack': changed((p) => {
    (p.entities[4]!.aliases[0] as Loose).common = true;
  }),
  'an alias language in a format-1 pack': changed((p) => {
    (p.entities[1]!.aliases[0] as Loose).lang = 'en';
  }),
  'a key that is not iso:, geonames:, wd: or bs:': changedFormat2((p) => {
    p.entities[1]!.key = 'osm:60189';
  }),
  'a key with nothing after its prefix': changedFormat2((p) => {
    p.entities[1]!.key = 'iso:';
  }),
  'a key with a space in it': changedFormat2((p) => {
    p.entities[1]!.key = 'bs:united nations';
  }),
  'an alias language of "french"': changedFormat2((p) => {
    russiaAliases(p)[2]!.lang = 'french';
  }),
  'an alias language in capitals': changedFormat2((p) => {
    russiaAliases(p)[2]!.lang = 'FR';
  }),
  'common as a string': changedFormat2((p) => {
    russiaAliases(p)[0]!.common = 'yes';
  }),
  'a data source without its url': changedFormat2((p) => {
    delete geonames(p).url;
  }),
  'a data source with a javascript: url': changedFormat2((p) => {
    geonames(p).url = 'javascript:alert(1)';
  }),
  'a data source without its licence': changedFormat2((p) => {
    delete geonames(p).licence;
  }),
  'a data source with a key the format does not have': changedFormat2((p) => {
    geonames(p).year = 2017;
  }),
  'a data source slug that is not kebab-case': changedFormat2((p) => {
    p.sources = { GeoNames: geonames(p) };
  }),
  'entity sources as one string': changedFormat2((p) => {
    p.entities[1]!.sources = 'geonames';
  }),
  'an unknown relation type in a format-2 pack': changedFormat2((p) => {
    (p.entities[3]!.relations as Loose[])[0]!.type = 'twin-of';
  }),
  'another format': changed((p) => {
    p.format = 'backstory-backup';
  }),
  'caseSensitive as a string': changed((p) => {
    (p.entities[0]!.aliases[0] as Loose).caseSensitive = 'yes';
  }),
  'null for an optional field': changed((p) => {
    (p.entities[0]!.facts[1] as Loose).date = null;
  }),
  '200,001 entities': changed((p) => {
    p.entities = Array.from({ length: 200_001 }, (_, i) => ({ ...p.entities[1]!, id: `state-${i}` }));
  }),
};

/** Packs at the edges of what is allowed, which both must accept. */
const edgePacks: Record<string, unknown> = {
  'a name padded to 202 characters that trims to 200': changed((p) => {
    p.entities[0]!.name = ` ${'x'.repeat(200)} `;
  }),
  'an empty summary': changed((p) => {
    p.entities[1]!.summary = '';
  }),
  'a source without a title': changed((p) => {
    (p.entities[0]!.facts[0] as Loose).source = { url: 'https://example.org/karlov' };
  }),
  'no aliases, facts or relations at all': changed((p) => {
    p.entities = [{ id: 'russia', kind: 'state', name: 'Russia', summary: '' }] as MiniPack['entities'];
  }),
  'dates to the year, the month and the day': changed((p) => {
    Object.assign(p.entities[0]!.facts[0]!, { date: '2016', end: '2016-12' });
  }),
  'format 2 with data sources, keys, a word-like alias, an alias in French and a capital-of relation':
    miniPackFormat2(),
  'format 2 that uses none of its new fields': changedFormat2((p) => {
    delete p.sources;
    p.entities = miniPack().entities;
  }),
  'format 2 with a key of each family': changedFormat2((p) => {
    ['wd:Q159', 'geonames:524901', 'bs:moscow-conference-2016', 'iso:TR'].forEach((key, i) => {
      p.entities[i + 1]!.key = key;
    });
  }),
  'format 2 with a three-letter alias language': changedFormat2((p) => {
    russiaAliases(p)[2]!.lang = 'fil';
  }),
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

  it('names the newest pack format Backstory reads, and every format before it', () => {
    expect(packJsonSchema.$id).toBe(`urn:backstory:schema:pack:${PACK_FORMAT_VERSION}`);
    expect(packJsonSchema.properties.formatVersion.enum).toEqual(
      Array.from({ length: PACK_FORMAT_VERSION }, (_, i) => i + 1),
    );
  });

  it('lists exactly the kinds, event types and relation types Backstory knows', () => {
    const defs = packJsonSchema.$defs;
    expect(defs.entityFields.properties.kind.enum).toEqual([...ENTITY_KINDS]);
    expect(defs.entityFields.properties.eventType.enum).toEqual([...EVENT_TYPES]);
    expect(defs.relation.properties.type.enum).toEqual([...RELATION_TYPES]);
  });
});

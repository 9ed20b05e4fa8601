import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { validatePack, validatePackFiles, type Pack } from '@/lib/packs';
import { buildWikidataPack, describeBuild, parseArguments, type BuildOptions } from '@/scripts/wikidata-pack';

const DUMP = new URL('../../../fixtures/wikidata-dump/dump.json', import.meta.url).pathname;
const ANSWERS = new URL('../../../fixtures/wikidata-dump/answers.jsonl', import.meta.url).pathname;
const WORDS = new Set(['front', 'port']);

function outDir(): string {
  return mkdtempSync(join(tmpdir(), 'wikidata-pack-'));
}

function optionsFor(inputs: string[], out: string, more: Partial<BuildOptions> = {}): BuildOptions {
  return { ...parseArguments([...inputs.flatMap((file) => ['--in', file]), '--out', out]), ...more };
}

const readPack = (file: string) => validatePack(JSON.parse(readFileSync(file, 'utf8')));
const byId = (pack: Pack, id: string) => pack.entities.find((entity) => entity.id === id);

describe('npm run pack:wikidata on a dump', () => {
  it('keeps one entity of each kind that maps and has 10 sitelinks, and the file is a valid pack', async () => {
    const out = join(outDir(), 'veridia.json');
    const built = await buildWikidataPack(optionsFor([DUMP], out), WORDS);
    const pack = readPack(out);
    expect(pack.entities.map((entity) => `${entity.kind} ${entity.name}`)).toEqual([
      'person Amina Haddad',
      'organisation Veridian Renewal Party',
      'state Veridia',
      'place Port Nereth',
      'armed-group Nereth Liberation Front',
      'event Battle of Port Nereth',
    ]);
    expect(pack.entities.every((entity) => entity.key === `wd:${entity.id.toUpperCase()}`)).toBe(true);
    expect(built.files).toEqual([{ file: out, bytes: readFileSync(out).length, entities: 6 }]);
  });

  it('says what it dropped and why, each reason once, with the kinds few sitelinks cost', async () => {
    const out = join(outDir(), 'veridia.json');
    const built = await buildWikidataPack(optionsFor([DUMP], out), WORDS);
    expect(Object.fromEntries(built.tally.dropped)).toEqual({
      position: 1,
      'few-sitelinks': 1,
      malformed: 1,
      'not-an-item': 1,
      'wikimedia-page': 1,
      'unknown-class': 1,
      'no-label': 1,
      duplicate: 1,
    });
    const report = describeBuild(built, built && optionsFor([DUMP], out)).join('\n');
    expect(report).toContain('6 entities from 14 entities read');
    expect(report).toContain('kept: person 1, state 1, organisation 1, armed-group 1, place 1, event 1');
    expect(report).toContain('1 few-sitelinks: fewer sitelinks than --min-sitelinks (person 1), e.g. Q900000106');
    expect(report).toContain('1 malformed: not a Wikidata entity, e.g. line 8');
    expect(report).toContain(
      '1 unknown-class: its P31 names no class Backstory maps, e.g. Q900000110 (instance of Q11424)',
    );
    expect(report).toContain(`wrote ${out}`);
  });

  it("names a fact's object by the label of an item it dropped (the position held)", async () => {
    const out = join(outDir(), 'veridia.json');
    await buildWikidataPack(optionsFor([DUMP], out), WORDS);
    const amina = byId(readPack(out), 'q900000101')!;
    const position = amina.facts.find((fact) => fact.text === 'Became Minister of Foreign Affairs of Veridia.');
    expect(position?.date).toBe('2014-01-06');
    expect(amina.facts.find((fact) => fact.date === '1961')?.text).toBe('Born.');
    expect(amina.relations).toContainEqual({ type: 'leads', target: 'q900000104', start: '2019-03' });
  });

  it("keeps relations and an event's place only between items of the pack", async () => {
    const out = join(outDir(), 'veridia.json');
    await buildWikidataPack(optionsFor([DUMP], out), WORDS);
    const pack = readPack(out);
    expect(byId(pack, 'q900000108')?.place).toBe('q900000105');
    expect(byId(pack, 'q900000107')?.relations).toContainEqual({ type: 'participant-in', target: 'q900000108' });
  });

  it('reads a gzipped dump, whatever its name, exactly as the plain one', async () => {
    const dir = outDir();
    const gz = join(dir, 'latest-all.json.gz');
    writeFileSync(gz, gzipSync(readFileSync(DUMP)));
    await buildWikidataPack(optionsFor([DUMP], join(dir, 'plain.json')), WORDS);
    await buildWikidataPack(optionsFor([gz], join(dir, 'gz.json')), WORDS);
    expect(readFileSync(join(dir, 'gz.json'), 'utf8')).toBe(readFileSync(join(dir, 'plain.json'), 'utf8'));
  });

  it('reads files of wbgetentities answers to the same pack', async () => {
    const dir = outDir();
    await buildWikidataPack(optionsFor([DUMP], join(dir, 'dump.json')), WORDS);
    await buildWikidataPack(optionsFor([ANSWERS], join(dir, 'answers.json')), WORDS);
    expect(readFileSync(join(dir, 'answers.json'), 'utf8')).toBe(readFileSync(join(dir, 'dump.json'), 'utf8'));
  });

  it("reads a pretty-printed answer (the mapper's fixtures) as well", async () => {
    const person = new URL('../../../fixtures/wikidata/person.json', import.meta.url).pathname;
    const out = join(outDir(), 'people.json');
    await buildWikidataPack(optionsFor([person], out, { minSitelinks: 1 }), WORDS);
    expect(readPack(out).entities.map((entity) => entity.name)).toContain('Angela Merkel');
  });

  it('keeps more with a lower --min-sitelinks, and names from --languages only', async () => {
    const out = join(outDir(), 'veridia.json');
    await buildWikidataPack(optionsFor([DUMP], out, { minSitelinks: 1, languages: ['fr'] }), WORDS);
    const pack = readPack(out);
    expect(pack.entities.map((entity) => entity.id)).toContain('q900000106');
    const names = byId(pack, 'q900000104')?.aliases.map((alias) => alias.text);
    expect(names).toContain('Véridie');
    expect(names).not.toContain('Veridien');
    expect(names).not.toContain('Republic of Veridia');
  });
});

describe('a pack over 4 MB', () => {
  it('is written as a set of files that import as one pack, the same pack as one file', async () => {
    const dir = outDir();
    const single = join(dir, 'one.json');
    await buildWikidataPack(optionsFor([DUMP], single), WORDS);
    const built = await buildWikidataPack(optionsFor([DUMP], join(dir, 'set.json')), WORDS, 3000);
    expect(built.files.map((file) => file.file.slice(dir.length + 1))).toEqual(['set.part-1.json', 'set.part-2.json']);
    expect(built.files.every((file) => file.bytes <= 3000)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['one.json', 'set.part-1.json', 'set.part-2.json']);
    const files = built.files.map((file) => ({
      name: file.file,
      json: JSON.parse(readFileSync(file.file, 'utf8')) as unknown,
    }));
    expect(files.every((file) => (file.json as { formatVersion: number }).formatVersion === 3)).toBe(true);
    expect(validatePackFiles([...files].reverse())).toEqual(readPack(single));
    expect(describeBuild(built, optionsFor([DUMP], join(dir, 'set.json'))).join('\n')).toContain(
      'over 4 MB: wrote a set of 2 files that import as one pack',
    );
  });

  it('is refused with the missing file named when one part is left out', async () => {
    const dir = outDir();
    const built = await buildWikidataPack(optionsFor([DUMP], join(dir, 'set.json')), WORDS, 3000);
    const first = built.files[0]!;
    expect(() => validatePackFiles([{ name: first.file, json: JSON.parse(readFileSync(first.file, 'utf8')) }])).toThrow(
      'Pack refused: “Wikidata” comes in 2 files; choose them all together (missing: set.part-2.json)',
    );
  });
});

describe('the command line', () => {
  it('defaults to 10 sitelinks and the four news languages', () => {
    expect(parseArguments(['--in', 'a.json', '--out', 'b.json'])).toMatchObject({
      inputs: ['a.json'],
      out: 'b.json',
      minSitelinks: 10,
      languages: ['en', 'fr', 'de', 'es'],
    });
  });

  it('refuses an unknown flag, a missing --out and a bad language list', () => {
    expect(() => parseArguments(['--in', 'a.json', '--out', 'b.json', '--min', '3'])).toThrow('--min: not an option');
    expect(() => parseArguments(['--in', 'a.json'])).toThrow('--in and --out are required');
    expect(() => parseArguments(['--in', 'a', '--out', 'b', '--languages', 'English'])).toThrow('--languages');
    expect(() => parseArguments(['--in', 'a', '--out', 'b', '--min-sitelinks', '-1'])).toThrow('--min-sitelinks');
  });
});

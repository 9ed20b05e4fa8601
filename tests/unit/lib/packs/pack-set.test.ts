import { describe, expect, it } from 'vitest';
import { loadPack, PACK_SET_FORMAT_VERSION, validatePackFiles } from '@/lib/packs';
import { freshDatabase, miniPackFormat2 } from '../../support/mini-pack';

/** The format-2 mini pack cut into parts of one entity each, as `npm run pack:wikidata` cuts a big one. */
function partsOf(pack = miniPackFormat2()) {
  const { entities, formatVersion: _v, ...head } = pack;
  const parts = entities.map((_, index) => `mini.part-${String(index + 1)}.json`);
  return entities.map((entity, index) => ({
    name: parts[index]!,
    json: { ...head, formatVersion: PACK_SET_FORMAT_VERSION, part: index + 1, parts, entities: [entity] } as Record<
      string,
      unknown
    >,
  }));
}

describe('a pack in several files (format 3)', () => {
  it('imports as the one pack its parts make, in any order, relations reaching across parts', () => {
    const files = partsOf();
    const joined = validatePackFiles([...files].reverse());
    const whole = validatePackFiles([{ name: 'mini.json', json: miniPackFormat2() }]);
    expect(joined).toEqual(whole);
    expect(joined.entities.length).toBeGreaterThan(1);
  });

  it('a set of one file loads like a format-2 pack', async () => {
    const pack = miniPackFormat2();
    const { formatVersion: _v, ...head } = pack;
    const report = await loadPack(freshDatabase(), { ...head, formatVersion: 3, part: 1, parts: ['mini.json'] });
    expect(report.byTable.entities.added).toBe(pack.entities.length);
  });

  it('refuses a set with a part missing, naming the file', () => {
    const files = partsOf();
    expect(() => validatePackFiles(files.slice(1))).toThrow(`(missing: mini.part-1.json)`);
  });

  it('refuses a part chosen twice, and a part of another pack or version', () => {
    const files = partsOf();
    expect(() => validatePackFiles([...files, files[0]!])).toThrow('part 1 of “Mini pack” was chosen twice');
    const other = partsOf();
    other[1]!.json.version = 2;
    expect(() => validatePackFiles(other)).toThrow('is a part of another pack');
  });

  it('refuses a one-file pack chosen with the parts of a set', () => {
    expect(() => validatePackFiles([...partsOf(), { name: 'other.json', json: miniPackFormat2() }])).toThrow(
      'Pack refused: “other.json” is not a part of a pack set; a pack in one file is imported alone',
    );
  });

  it('refuses a part whose list of files is not a list of file names', () => {
    const files = partsOf();
    for (const file of files) file.json.parts = ['../../etc/passwd', 'b.json', 'c.json'].slice(0, files.length);
    expect(() => validatePackFiles(files)).toThrow('must be a file name');
  });
});

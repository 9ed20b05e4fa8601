import { describe, expect, it } from 'vitest';
import { ImportJobs, parseCsv, readActorCsv } from '@/lib/backup';
import { loadPack } from '@/lib/packs';
import { getEntityDetail, listEntitiesWithAliases } from '@/lib/store';
import { freshDatabase, miniPack } from '../../support/mini-pack';
import { fixture } from '../store/whole-store';

describe('reading CSV', () => {
  it('follows RFC 4180: quoted commas, doubled quotes, line breaks inside quotes, CRLF', () => {
    const rows = parseCsv('a,b\r\n"x, y","say ""hi"""\r\n"two\nlines",z\r\n');
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 3, cells: ['two\nlines', 'z'] },
    ]);
  });

  it('counts lines inside quoted fields, so later lines keep their real number', () => {
    const rows = parseCsv('h\n"1\n2\n3"\nnext\n');
    expect(rows.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('skips blank lines and a byte-order mark, and keeps empty fields', () => {
    expect(parseCsv('\uFEFFa,b\n\n,\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 3, cells: ['', ''] },
    ]);
  });

  it('refuses a quote left open, naming the line it opened on', () => {
    expect(() => parseCsv(fixture('imports/actors-open-quote.csv'))).toThrow('line 2: a quoted field is never closed');
  });

  it('refuses a stray quote inside an unquoted field', () => {
    expect(() => parseCsv('name\nthe "Tiger" brigade\n')).toThrow(/^line 2: a quote inside an unquoted field/);
  });
});

describe('an actor list', () => {
  it('is read with its aliases split on ; or |', () => {
    const actors = readActorCsv(fixture('imports/actors.csv'));
    expect(actors).toHaveLength(7);
    expect(actors[0]).toEqual({
      line: 2,
      name: 'Andrei Karlov',
      kind: 'person',
      aliases: ['Karlov', 'Ambassador Karlov'],
      summary: 'Russian ambassador to Turkey, shot dead at an Ankara art gallery on 19 December 2016.',
    });
    expect(actors.find((a) => a.name === 'Hmeimim Air Base')).toMatchObject({
      line: 8,
      aliases: ['Hmeimim', 'Khmeimim', 'Humaymim'],
    });
  });

  it('without a kind column is refused, naming the column', () => {
    expect(() => readActorCsv(fixture('imports/actors-missing-kind.csv'))).toThrow('line 1: missing column: kind');
  });

  it('takes a kind as the interface writes it ("Armed group") as well as its slug', () => {
    const text =
      'name,kind,aliases,summary\nJaysh al-Islam,Armed group,,\nAhrar al-Sham,armed-group,,\nWHO,Organization,,\nAleppo,PLACE,,\n';
    expect(readActorCsv(text).map((actor) => actor.kind)).toEqual([
      'armed-group',
      'armed-group',
      'organisation',
      'place',
    ]);
  });

  it('with an unknown kind is refused, naming the line and the kinds there are', () => {
    expect(() => readActorCsv(fixture('imports/actors-bad-kind.csv'))).toThrow(
      "line 7: kind 'militia' is not one of person, state, organisation, armed group, place",
    );
  });

  it('names the first few bad lines and counts the rest', () => {
    const text = `name,kind,aliases,summary\n${Array.from({ length: 5 }, (_, i) => `Group ${i},militia,,`).join('\n')}\n`;
    expect(() => readActorCsv(text)).toThrow(/^line 2: .*; line 3: .*; line 4: .* \(and 2 more lines with problems\)$/);
  });

  it('with a line of too few fields, an empty name or a repeated actor is refused line by line', () => {
    const header = 'name,kind,aliases,summary\n';
    expect(() => readActorCsv(`${header}Karlov,person\n`)).toThrow('line 2: 2 fields, the header has 4');
    expect(() => readActorCsv(`${header} ,person,,\n`)).toThrow('line 2: the name is empty');
    expect(() => readActorCsv(`${header}Karlov,person,,\nKARLOV,person,,\n`)).toThrow(
      'line 3: "KARLOV" (person) is already on line 2',
    );
  });

  it('with a column the format does not have is refused', () => {
    expect(() => readActorCsv('name,kind,aliases,summary,born\n')).toThrow(
      'line 1: unknown column "born" (the columns are name, kind, aliases, summary)',
    );
  });

  it('adds new actors as the reader’s own, and gives known ones only the aliases they lack', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    const text =
      'name,kind,aliases,summary\nRussia,state,Russian Federation;Russians;RF,\nAndrei Karlov,person,Karlov,Diplomat.\n';
    const jobs = new ImportJobs(db);
    const { jobId, preview } = await jobs.start('csv', text);
    expect(preview.byTable).toEqual({
      entities: { added: 1, updated: 0, removed: 0, keptReaderEdits: 0 },
      aliases: { added: 3, updated: 0, removed: 0, keptReaderEdits: 0 },
    });
    await jobs.commit(jobId);
    const russia = await getEntityDetail(db, 'mini:russia');
    expect(russia.aliases.map((a) => `${a.text}${a.caseSensitive ? ' (as written)' : ''}`).sort()).toEqual([
      'RF (as written)',
      'Russian',
      'Russian Federation',
      'Russians',
    ]);
    expect(russia.entity.summary).toBe('A state.');
    const karlov = (await listEntitiesWithAliases(db)).find((e) => e.entity.name === 'Andrei Karlov')!;
    expect(karlov.entity).toMatchObject({ origin: 'reader', kind: 'person', summary: 'Diplomat.' });
  });

  it('imported twice changes nothing the second time', async () => {
    const db = freshDatabase();
    const jobs = new ImportJobs(db);
    await jobs.commit((await jobs.start('csv', fixture('imports/actors.csv'))).jobId);
    const { preview } = await jobs.start('csv', fixture('imports/actors.csv'));
    expect(preview).toMatchObject({ added: 0, updated: 0, removed: 0 });
  });
});

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { exportPack, loadPack, previewPack, validatePack } from '@/lib/packs';
import { EntityDraftSchema, getEntityDetail, saveEntity, tagEntities } from '@/lib/store';
import { freshDatabase, miniPack } from '../../support/mini-pack';

const draft = (input: v.InferInput<typeof EntityDraftSchema>) => v.parse(EntityDraftSchema, input);
const meta = { id: 'my-pack', name: 'My pack', version: 1 };

async function storeWithReaderEntities() {
  const db = freshDatabase();
  await loadPack(db, miniPack(), 1000);
  const karlov = await saveEntity(
    db,
    draft({
      kind: 'person',
      name: 'Andrei Karlov',
      summary: 'Russian ambassador to Turkey.',
      tags: ['ankara-2016'],
      aliases: [{ text: 'Karlov' }, { text: 'KARLOV' }, { text: 'Ambassador Karlov' }],
      facts: [
        {
          text: 'Shot dead in Ankara.',
          date: '2016-12-19',
          sourceUrl: 'https://en.wikipedia.org/wiki/Andrei_Karlov',
          sourceTitle: 'Wikipedia',
        },
      ],
      relations: [{ type: 'member-of', toId: 'mini:russia' }],
    }),
    2000,
  );
  const killing = await saveEntity(
    db,
    draft({
      kind: 'event',
      eventType: 'assassination',
      name: 'Assassination of Andrei Karlov',
      start: '2016-12-19',
      tags: ['ankara-2016'],
      relations: [{ type: 'part-of', toId: karlov.entity.id }],
    }),
    2000,
  );
  return { db, karlovId: karlov.entity.id, killingId: killing.entity.id };
}

describe('exporting a pack', () => {
  it('by tag gives a valid pack with kebab ids made from the reader’s names', async () => {
    const { db } = await storeWithReaderEntities();
    const pack = await exportPack(db, { tag: 'ankara-2016' }, meta);
    expect(() => validatePack(pack)).not.toThrow();
    expect(pack.entities.map((e) => e.id).sort()).toEqual(['andrei-karlov', 'assassination-of-andrei-karlov']);
  });

  it('keeps relations and sources only within what it exports', async () => {
    const { db } = await storeWithReaderEntities();
    const pack = await exportPack(db, { tag: 'ankara-2016' }, meta);
    const karlov = pack.entities.find((e) => e.id === 'andrei-karlov')!;
    expect(karlov.relations).toEqual([]);
    expect(karlov.facts).toEqual([
      {
        text: 'Shot dead in Ankara.',
        date: '2016-12-19',
        source: { url: 'https://en.wikipedia.org/wiki/Andrei_Karlov', title: 'Wikipedia' },
      },
    ]);
    expect(pack.entities.find((e) => e.kind === 'event')).toMatchObject({
      eventType: 'assassination',
      start: '2016-12-19',
      relations: [{ type: 'part-of', target: 'andrei-karlov' }],
    });
  });

  it('leaves out an alias that folds like another, since a pack names aliases by their folded text', async () => {
    const { db } = await storeWithReaderEntities();
    const pack = await exportPack(db, { tag: 'ankara-2016' }, meta);
    const texts = pack.entities.find((e) => e.id === 'andrei-karlov')!.aliases.map((a) => a.text.toLowerCase());
    expect(texts).toEqual(['ambassador karlov', 'karlov']);
  });

  it('by kind takes every live entity of that kind, from packs and from the reader', async () => {
    const { db } = await storeWithReaderEntities();
    const pack = await exportPack(db, { kind: 'person' }, meta);
    expect(pack.entities.map((e) => e.id).sort()).toEqual(['andrei-karlov', 'sergey-lavrov']);
    expect(pack.entities.find((e) => e.id === 'andrei-karlov')!.relations).toEqual([]);
  });

  it('of a whole pack loads back onto the same records without changing them', async () => {
    const { db } = await storeWithReaderEntities();
    const pack = await exportPack(db, { packId: 'mini' }, { id: 'mini', name: 'Mini pack', version: 2 });
    expect(await previewPack(db, pack)).toMatchObject({ added: 0, updated: 0, removed: 0 });
  });

  it('gives the same ids every time, even where two names make the same slug', async () => {
    const { db, karlovId } = await storeWithReaderEntities();
    await saveEntity(db, draft({ kind: 'person', name: 'Andréi Karlov', tags: ['ankara-2016'] }), 3000);
    const first = await exportPack(db, { tag: 'ankara-2016' }, meta);
    const second = await exportPack(db, { tag: 'ankara-2016' }, meta);
    expect(second).toEqual(first);
    expect(first.entities.map((e) => e.id).sort()).toEqual([
      'andrei-karlov',
      'andrei-karlov-2',
      'assassination-of-andrei-karlov',
    ]);
    const karlov = await getEntityDetail(db, karlovId);
    expect(first.entities.find((e) => e.id === 'andrei-karlov')!.name).toBe(karlov.entity.name);
  });

  it('refuses an empty selection and a pack id that is not kebab-case', async () => {
    const { db, karlovId } = await storeWithReaderEntities();
    await expect(exportPack(db, { tag: 'nothing-here' }, meta)).rejects.toThrow(
      'Nothing to export: no entity matches the selection',
    );
    await tagEntities(db, [karlovId], 'x', false);
    await expect(exportPack(db, { tag: 'x' }, { ...meta, id: 'My Pack' })).rejects.toThrow(
      /^Cannot export: id: must be a kebab-case id/,
    );
  });
});

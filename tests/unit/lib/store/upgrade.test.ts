import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { BackstoryDatabase, getEntityDetail, matchableStoreKey } from '@/lib/store';

/** The schema as version 1 shipped it: upgrades must carry a store written by it. */
function openVersion1(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores({
    entities: 'id, kind, name, packId, updatedAt',
    aliases: 'id, entityId, text, packId',
    facts: 'id, entityId, packId',
    relations: 'id, fromId, toId, packId',
    notes: 'id, entityId, updatedAt',
    packs: 'id',
  });
  return db;
}

describe('upgrading the store', () => {
  it('keeps every record written by version 1 and serves it through today’s functions', async () => {
    const name = `upgrade-${Math.random()}`;
    const old = openVersion1(name);
    const stamp = { createdAt: 1, updatedAt: 2, origin: 'reader' };
    await old.table('entities').put({ id: 'e1', kind: 'person', name: 'Andrei Karlov', summary: 'Diplomat.', ...stamp });
    await old.table('aliases').put({ id: 'a1', entityId: 'e1', text: 'Karlov', caseSensitive: false, ...stamp, updatedAt: 5 });
    await old.table('notes').put({ id: 'n1', entityId: 'e1', text: 'My note', ...stamp });
    old.close();

    const db = new BackstoryDatabase(name);
    const detail = await getEntityDetail(db, 'e1');
    expect(detail.aliases.map((a) => a.text)).toEqual(['Karlov']);
    expect(detail.notes.map((n) => n.text)).toEqual(['My note']);
    expect(await matchableStoreKey(db)).toBe('1:2:1:5');
  });
});

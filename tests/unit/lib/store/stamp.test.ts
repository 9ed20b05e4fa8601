import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { draftFromForm, formFromDetail } from '@/components/editor/entity-form';
import { loadPack } from '@/lib/packs';
import { BackstoryDatabase, EntityDraftSchema, getEntityDetail, saveEntity } from '@/lib/store';
import { markTransaction } from '@/lib/store/stamp';
import { HybridClock, packHlc } from '@/lib/merge';
import { freshDatabase, miniPack } from '../../support/mini-pack';

const draft = (input: v.InferInput<typeof EntityDraftSchema>) => v.parse(EntityDraftSchema, input);

describe('the store’s clocks', () => {
  it('stamp a new record, then only the fields an edit changes', async () => {
    const db = freshDatabase();
    const saved = await saveEntity(db, draft({ kind: 'person', name: 'Andrei Karlov', summary: '' }));
    const first = (await db.entities.get(saved.entity.id))!;
    expect(first.clock).toMatch(new RegExp(`-${db.deviceId}$`));
    expect(first.localClock).toBe(first.clock);
    expect(first.fieldClocks).toBeUndefined();

    await saveEntity(db, draft({ id: saved.entity.id, kind: 'person', name: 'Andrei Karlov', summary: 'Ambassador.' }));
    const second = (await db.entities.get(saved.entity.id))!;
    expect(second.clock! > first.clock!).toBe(true);
    expect(second.fieldClocks?.name).toBe(first.clock);
    expect(second.fieldClocks?.summary).toBeUndefined(); // written at `clock`
    expect(second.fieldClocks?.deletedAt).toBeUndefined(); // a live write restates "live"
  });

  it('leave a record that a write did not change exactly as it was', async () => {
    const db = freshDatabase();
    const saved = await saveEntity(db, draft({ kind: 'person', name: 'Lavrov', summary: '' }));
    const before = await db.entities.get(saved.entity.id);
    await db.entities.put({ ...before!, clock: 'forged', localClock: undefined });
    expect(await db.entities.get(saved.entity.id)).toEqual(before);
  });

  it('give a bundled pack’s records its version’s clock, which is never sent', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack());
    const russia = (await db.entities.get('mini:russia'))!;
    expect(russia.clock).toBe(packHlc(1));
    expect(russia.localClock).toBeUndefined();
    // The reader's edit of it is theirs: a real clock, to be sent.
    const detail = await getEntityDetail(db, 'mini:russia');
    await saveEntity(db, { ...draft(draftFromForm(formFromDetail(detail))), summary: 'Edited.' });
    const edited = (await db.entities.get('mini:russia'))!;
    expect(edited.clock! > packHlc(1)).toBe(true);
    expect(edited.localClock).toBe(edited.clock);
  });

  it('keep the clocks a sync write carries', async () => {
    const db = freshDatabase();
    const record = {
      id: 'e9',
      kind: 'person' as const,
      name: 'Suleimani',
      summary: '',
      origin: 'reader' as const,
      createdAt: 1,
      updatedAt: 1,
      clock: '00000000a-0000-other',
    };
    await db.transaction('rw', db.entities, async () => {
      markTransaction({ kind: 'sync' });
      await db.entities.put(record);
    });
    expect(await db.entities.get('e9')).toEqual(record);
  });

  it('start, when the store reopens, past every clock it holds, whatever the wall clock says', async () => {
    const name = `reopened-${Math.random()}`;
    const ahead = new BackstoryDatabase(name, () => 9_000_000_000_000);
    const written = await saveEntity(ahead, draft({ kind: 'person', name: 'Andrei Karlov', summary: '' }));
    // A relation merged from another device, later still: its clock, not ours, is the newest.
    const merged = new HybridClock('otherdevice1', () => 9_500_000_000_000).tick();
    await ahead.transaction('rw', ahead.relations, async () => {
      markTransaction({ kind: 'sync' });
      await ahead.relations.put({
        id: 'r1',
        fromId: written.entity.id,
        toId: written.entity.id,
        type: 'member-of',
        origin: 'reader',
        createdAt: 1,
        updatedAt: 1,
        clock: merged,
      });
    });
    ahead.close();

    const behind = new BackstoryDatabase(name, () => 1_000);
    const next = await saveEntity(behind, draft({ kind: 'person', name: 'Sergey Lavrov', summary: '' }));
    const stamped = (await behind.entities.get(next.entity.id))!.clock!;
    expect(stamped > (await behind.entities.get(written.entity.id))!.clock!).toBe(true);
    expect(stamped > merged).toBe(true);
    behind.close();
  });
});

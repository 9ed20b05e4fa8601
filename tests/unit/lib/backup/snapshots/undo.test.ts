import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createKnowledgeHandlers } from '@/lib/background/knowledge-handlers';
import { MentionIndex } from '@/lib/background/mention-index';
import type { BackgroundHandlers, KnowledgeRequestType } from '@/lib/messaging';
import { BUNDLED_PACKS, loadPack } from '@/lib/packs';
import { listEntitiesWithAliases } from '@/lib/store';
import { freshDatabase, miniPack } from '../../../support/mini-pack';
import { fixture, wholeStore } from '../../store/whole-store';

const sender = {};

/** The editor's view of the background: its requests, and how often open tabs were told of a change. */
async function editor() {
  const db = freshDatabase();
  await loadPack(db, miniPack(), 1000);
  // The reader removed the bundled packs long ago. A pack removal plans the bundled packs again
  // in the background (an actor the removed pack hosted goes back to the world pack), and in a
  // store that never had them that would load the starter pack beside the mini pack while a
  // test reads the pack list: the tombstones keep the store to the mini pack, as the tests expect.
  await db.packs.bulkPut(
    BUNDLED_PACKS.map(({ id, version }) => ({ id, name: id, version, loadedAt: 0, removedAt: 0 })),
  );
  let changes = 0;
  const handlers = createKnowledgeHandlers(db, new MentionIndex(db), () => {
    changes += 1;
  });
  const ask = <K extends KnowledgeRequestType>(type: K, request: Parameters<BackgroundHandlers[K]>[0]) =>
    (handlers[type] as (r: typeof request, s: typeof sender) => ReturnType<BackgroundHandlers[K]>)(request, sender);
  const names = async () => (await listEntitiesWithAliases(db)).map((e) => e.entity.name).sort();
  return { db, ask, names, changes: () => changes };
}

describe('undo in the editor', () => {
  beforeEach(() => fakeBrowser.reset());

  it('brings back entities deleted in bulk, and tells open tabs each time', async () => {
    const { ask, names, changes } = await editor();
    const before = await names();
    const { deleted, undoId } = await ask('entities/bulk-delete', { ids: ['mini:russia', 'mini:turkey'] });
    expect(deleted).toBe(2);
    expect(await names()).toEqual(['Moscow', 'Moscow conference', 'Sergey Lavrov']);
    expect((await ask('snapshots/list', {}))[0]).toMatchObject({ id: undoId, reason: 'before deleting 2 entities' });
    await ask('snapshots/restore', { id: undoId });
    expect(await names()).toEqual(before);
    expect(changes()).toBe(2);
  });

  it('writes back only what the step changed, not the whole store', async () => {
    const { db, ask } = await editor();
    const { undoId } = await ask('entities/bulk-delete', { ids: ['mini:turkey'] });
    const rewritten: string[] = [];
    db.entities.hook('updating', (_changes, id) => {
      rewritten.push(String(id));
    });
    db.aliases.hook('updating', (_changes, id) => {
      rewritten.push(String(id));
    });
    await ask('snapshots/restore', { id: undoId });
    const turkeyAliases = (await db.aliases.where('entityId').equals('mini:turkey').primaryKeys()).map(String);
    expect(rewritten.sort()).toEqual(['mini:turkey', ...turkeyAliases].sort());
  });

  it('splits a merge again', async () => {
    const { ask, names } = await editor();
    const { undoId, entity } = await ask('entities/merge', { keepId: 'mini:russia', mergeId: 'mini:moscow' });
    expect(entity.aliases.map((a) => a.text)).toContain('Moscow');
    expect((await ask('snapshots/list', {}))[0]?.reason).toBe('before merging “Moscow” into “Russia”');
    await ask('snapshots/restore', { id: undoId });
    expect(await names()).toContain('Moscow');
  });

  it('brings back a removed pack', async () => {
    const { ask, names } = await editor();
    const preview = await ask('packs/remove-preview', { packId: 'mini' });
    const { undoId, ...report } = await ask('packs/remove', { packId: 'mini' });
    expect(report).toEqual(preview);
    expect(await ask('packs/list', {})).toEqual([]);
    await ask('snapshots/restore', { id: undoId });
    expect(await names()).toHaveLength(5);
    expect(await ask('packs/list', {})).toEqual([
      { id: 'mini', name: 'Mini pack', version: 1, loadedAt: 1000, entities: 5 },
    ]);
  });

  it('undoes an import', async () => {
    const { ask, names } = await editor();
    const { jobId } = await ask('import/start', { kind: 'csv', text: fixture('imports/actors.csv') });
    const { snapshotId } = await ask('import/commit', { jobId });
    expect(await names()).toHaveLength(12);
    await ask('snapshots/restore', { id: snapshotId });
    expect(await names()).toHaveLength(5);
  });

  it('takes no snapshot for a step that fails, so the list holds only real steps', async () => {
    const { db, ask } = await editor();
    const before = await wholeStore(db);
    await expect(ask('entities/bulk-delete', { ids: ['mini:russia', 'nowhere'] })).rejects.toThrow(/nowhere/);
    await expect(ask('entities/merge', { keepId: 'mini:russia', mergeId: 'mini:russia' })).rejects.toThrow(/itself/);
    expect(await wholeStore(db)).toEqual(before);
  });

  it('of a bulk tag is the opposite call on the entities it changed', async () => {
    const { ask } = await editor();
    await ask('entities/bulk-tag', { ids: ['mini:russia'], tag: 'states', remove: false });
    const { changedIds } = await ask('entities/bulk-tag', {
      ids: ['mini:russia', 'mini:turkey'],
      tag: 'states',
      remove: false,
    });
    await ask('entities/bulk-tag', { ids: changedIds, tag: 'states', remove: true });
    expect(await ask('tags/list', {})).toEqual([{ tag: 'states', count: 1 }]);
  });
});

describe('the editor’s view of the store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('lists what a selection holds, as an export would take it', async () => {
    const { ask } = await editor();
    const { entities, total } = await ask('entities/select', { selection: { kind: 'state' }, limit: 1 });
    expect(total).toBe(2);
    expect(entities).toEqual([
      {
        id: 'mini:russia',
        name: 'Russia',
        kind: 'state',
        summary: 'A state.',
        tags: [],
        origin: 'pack',
        packId: 'mini',
      },
    ]);
  });

  it('says how much the store holds, and whether the browser may evict it', async () => {
    const { ask } = await editor();
    const status = await ask('store/status', {});
    expect(status.counts).toEqual({ entities: 5, aliases: 5, facts: 2, relations: 2, notes: 0, packs: 1 });
    expect(status).toHaveProperty('persisted');
    expect(status.snapshots).toBe(0);
  });

  it('hands out a pack file and a backup file to save', async () => {
    const { ask } = await editor();
    const pack = await ask('packs/export', {
      selection: { packId: 'mini' },
      meta: { id: 'mini', name: 'Mini pack', version: 2 },
    });
    expect(pack).toMatchObject({ fileName: 'mini-2.backstory-pack.json', entities: 5 });
    expect(JSON.parse(pack.text).format).toBe('backstory-pack');
    const backup = await ask('backup/export', {});
    expect(backup.fileName).toMatch(/^backstory-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(backup.text).entities).toHaveLength(5);
  });
});

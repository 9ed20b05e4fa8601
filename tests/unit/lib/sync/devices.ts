import * as v from 'valibot';
import { draftFromForm, formFromDetail } from '@/components/editor/entity-form';
import { ImportJobs } from '@/lib/backup';
import { loadPack } from '@/lib/packs';
import {
  BackstoryDatabase,
  deleteEntity,
  EntityDraftSchema,
  getEntityDetail,
  saveEntity,
  saveNote,
  tagEntities,
} from '@/lib/store';
import { syncOnce, type SyncOptions, type RoundOutcome } from '@/lib/sync/engine';
import { SYNCED_TABLES, type SyncedRecord } from '@/lib/merge';
import type { Remote } from '@/lib/sync/remote';
import { StoreReplica } from '@/lib/sync/replica';
import { miniPack } from '../../support/mini-pack';

/**
 * A browser for sync tests: its own store (fake-indexeddb), its own wall clock (skewed as
 * a test likes), the mini pack loaded as a bundled pack, and the edits a reader makes.
 */
export class Device {
  readonly replica: StoreReplica;
  /** The version of the bundled mini pack this browser's extension carries. */
  packVersion = 1;
  private constructor(
    readonly name: string,
    readonly db: BackstoryDatabase,
  ) {
    this.replica = new StoreReplica(db);
  }

  static async start(name: string, now: () => number): Promise<Device> {
    const db = new BackstoryDatabase(`sync-${name}-${Math.random()}`, now);
    await loadPack(db, miniPack());
    return new Device(name, db);
  }

  sync(remote: Remote, options: Partial<SyncOptions> = {}): Promise<RoundOutcome> {
    return syncOnce(this.replica, remote, {
      remoteId: 'https://dav.example/backstory/',
      deleteShareToConfirm: 1,
      confirmed: true,
      ...options,
    });
  }

  /** The extension updates: its bundled pack moves to the next version (see `packVersion`). */
  async updatePack(): Promise<void> {
    this.packVersion += 1;
    await loadPack(this.db, bundledMiniPack(this.packVersion));
  }

  async create(name: string): Promise<string> {
    const saved = await saveEntity(
      this.db,
      v.parse(EntityDraftSchema, { kind: 'person', name, aliases: [{ text: name }] }),
    );
    return saved.entity.id;
  }

  async edit(id: string, changes: { name?: string; summary?: string }): Promise<void> {
    const detail = await getEntityDetail(this.db, id);
    await saveEntity(this.db, { ...v.parse(EntityDraftSchema, draftFromForm(formFromDetail(detail))), ...changes });
  }

  delete(id: string): Promise<void> {
    return deleteEntity(this.db, id);
  }

  async note(entityId: string, text: string, id?: string): Promise<void> {
    await saveNote(this.db, { entityId, text, ...(id ? { id } : {}) });
  }

  /** A whole-store file from another browser, imported as the editor does it. */
  async import(text: string): Promise<void> {
    const jobs = new ImportJobs(this.db);
    const { jobId } = await jobs.start('backup', text);
    await jobs.commit(jobId);
  }

  async tag(id: string, tag: string, remove = false): Promise<void> {
    await tagEntities(this.db, [id], tag, remove);
  }

  async liveEntityIds(): Promise<string[]> {
    return (await this.db.entities.filter((entity) => entity.deletedAt === undefined).primaryKeys()).sort();
  }

  /** Notes the reader can see: live, on a live entity (a note added elsewhere to an entity deleted here is not). */
  async liveNotes(): Promise<{ id: string; entityId: string }[]> {
    const live = new Set(await this.liveEntityIds());
    return this.db.notes.filter((note) => note.deletedAt === undefined && live.has(note.entityId)).toArray();
  }

  /**
   * Everything sync must make equal, in a form toEqual compares: every record with its fields
   * and clocks, without the write times and the local bookkeeping that are this browser's own.
   */
  async state(): Promise<Record<string, Omit<SyncedRecord, 'updatedAt'>[]>> {
    const state: Record<string, Omit<SyncedRecord, 'updatedAt'>[]> = {};
    for (const table of SYNCED_TABLES) {
      const records = (await this.db.table(table).toArray()) as SyncedRecord[];
      state[table] = records
        .map(({ updatedAt: _u, createdAt: _c, localClock: _l, loadedAt: _loaded, ...rest }) => rest)
        .sort((a, b) => a.id.localeCompare(b.id));
    }
    return state;
  }
}

/**
 * The mini pack as later extension versions bundle it: version 2 rewrites Russia's summary and
 * drops Turkey, version 3 rewrites Lavrov's and adds an alias.
 */
export function bundledMiniPack(version: number) {
  const pack = miniPack();
  pack.version = version;
  const entity = (id: string) => pack.entities.find((candidate) => candidate.id === id)!;
  if (version >= 2) {
    entity('russia').summary = 'A state; Syria’s ally since 2015.';
    pack.entities = pack.entities.filter((candidate) => candidate.id !== 'turkey');
  }
  if (version >= 3) {
    entity('sergey-lavrov').summary = 'Russian foreign minister; hosted the Moscow conference.';
    (entity('sergey-lavrov').aliases as { text: string }[]).push({ text: 'Minister Lavrov' });
  }
  return pack;
}

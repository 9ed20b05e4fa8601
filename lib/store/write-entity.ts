import type { BackstoryDatabase, RecordTable } from './db';
import type { AliasDraft, EntityDraft, FactDraft, RelationDraft } from './drafts';
import { newId } from './ids';
import { getEntityDetail, getLiveEntity } from './read';
import {
  isLive,
  type AliasRecord,
  type EntityRecord,
  type FactRecord,
  type RecordBase,
  type RelationRecord,
} from './records';
import type { EntityDetail } from './views';

type Stamped = Omit<RecordBase, 'id'>;

function readerStamp(now: number): Stamped {
  return { createdAt: now, updatedAt: now, origin: 'reader' };
}

/** A reader's change to a pack record keeps its pack id but is never overwritten by the pack. */
export function edited<T extends RecordBase>(existing: T, changes: Partial<T>, now: number): T {
  return { ...existing, ...changes, updatedAt: now, editedByReader: true };
}

/** Arrays (tags) compare by content: a re-save of the same tags is not an edit. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => item === b[i]);
  return a === b;
}

function differs(a: object, b: object): boolean {
  return Object.entries(b).some(([key, value]) => !sameValue((a as Record<string, unknown>)[key], value));
}

async function assertTargetsExist(db: BackstoryDatabase, draft: EntityDraft): Promise<void> {
  const ids = [...draft.relations.map((r) => r.toId), ...(draft.placeId ? [draft.placeId] : [])];
  const found = await db.entities.bulkGet(ids);
  const missing = ids.filter((_, i) => !found[i] || !isLive(found[i]!));
  if (missing.length) throw new Error(`Unknown related entity: ${missing.join(', ')}`);
  if (draft.id && ids.includes(draft.id)) throw new Error('An entity cannot be related to itself');
}

function entityFields(draft: EntityDraft) {
  const { kind, name, summary, eventType, start, end, placeId, tags } = draft;
  const isEvent = kind === 'event';
  return {
    kind,
    name,
    summary,
    eventType: isEvent ? eventType : undefined,
    start: isEvent ? start : undefined,
    end: isEvent ? end : undefined,
    placeId: isEvent ? placeId : undefined,
    ...(tags ? { tags: normalizeTags(tags) } : {}),
  };
}

/** Sorted and without repeats, so that the same set of tags always compares equal. */
export function normalizeTags(tags: readonly string[]): string[] | undefined {
  const unique = [...new Set(tags.map((tag) => tag.trim()).filter(Boolean))].sort();
  return unique.length ? unique : undefined;
}

/**
 * Writes an entity and the aliases, facts and outgoing relations the draft lists, in one
 * transaction: children the draft no longer lists become tombstones, so a pack reload
 * does not bring back an alias the reader removed.
 */
export async function saveEntity(db: BackstoryDatabase, draft: EntityDraft, now = Date.now()): Promise<EntityDetail> {
  const tables = [db.entities, db.aliases, db.facts, db.relations, db.notes];
  const id = await db.transaction('rw', tables, async () => {
    await assertTargetsExist(db, draft);
    const fields = entityFields(draft);
    let entityId = draft.id;
    if (entityId) {
      await updateEntity(db, await getLiveEntity(db, entityId), fields, now);
    } else {
      entityId = newId('entity');
      await db.entities.add({ id: entityId, ...fields, ...readerStamp(now) } as EntityRecord);
    }
    await saveChildren(db, entityId, draft, now);
    return entityId;
  });
  return getEntityDetail(db, id);
}

/**
 * Tags are the reader's filing, not the pack's content: a change of tags alone does not
 * mark a pack entity as edited, so the pack can still update it.
 */
async function updateEntity(db: BackstoryDatabase, existing: EntityRecord, fields: Partial<EntityRecord>, now: number) {
  const { tags, ...content } = fields;
  if (differs(existing, content)) await db.entities.put(edited(existing, fields, now));
  else if ('tags' in fields && !sameValue(existing.tags, tags))
    await db.entities.put({ ...existing, tags, updatedAt: now });
}

async function saveChildren(db: BackstoryDatabase, entityId: string, draft: EntityDraft, now: number) {
  await syncChildren<AliasRecord, AliasDraft>(
    db.aliases,
    'entityId',
    entityId,
    draft.aliases,
    now,
    (a: AliasDraft) => ({ entityId, text: a.text, caseSensitive: a.caseSensitive, stop: a.stop || undefined }),
  );
  await syncChildren<FactRecord, FactDraft>(db.facts, 'entityId', entityId, draft.facts, now, (f: FactDraft) => ({
    entityId,
    text: f.text,
    date: f.date,
    end: f.end,
    sourceUrl: f.sourceUrl,
    sourceTitle: f.sourceTitle,
  }));
  await syncChildren<RelationRecord, RelationDraft>(
    db.relations,
    'fromId',
    entityId,
    draft.relations,
    now,
    (r: RelationDraft) => ({ fromId: entityId, toId: r.toId, type: r.type, start: r.start, end: r.end }),
  );
}

/** Makes the live children of one entity equal to the drafts: update, add, tombstone. */
async function syncChildren<T extends RecordBase, D extends { id?: string }>(
  table: RecordTable<T>,
  index: string,
  ownerId: string,
  drafts: D[],
  now: number,
  fieldsOf: (draft: D) => Partial<T>,
): Promise<void> {
  const existing = (await table.where(index).equals(ownerId).toArray()).filter(isLive);
  const byId = new Map(existing.map((record) => [record.id, record]));
  const kept = new Set<string>();
  for (const draft of drafts) {
    const fields = fieldsOf(draft);
    const current = draft.id ? byId.get(draft.id) : undefined;
    if (current) {
      kept.add(current.id);
      if (differs(current, fields)) await table.put(edited(current, fields, now));
    } else {
      await table.put({ id: newId('rec'), ...fields, ...readerStamp(now) } as T);
    }
  }
  for (const record of existing) {
    if (!kept.has(record.id)) await table.put(edited(record, { deletedAt: now } as Partial<T>, now));
  }
}

/** Deleting an entity tombstones it with everything that hangs off it, in one transaction. */
export async function deleteEntity(db: BackstoryDatabase, id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.entities, db.aliases, db.facts, db.relations, db.notes], async () => {
    const entity = await getLiveEntity(db, id);
    const gone = { deletedAt: now };
    const children = [
      ...(await db.aliases.where('entityId').equals(id).toArray()).map((r) => db.aliases.put(edited(r, gone, now))),
      ...(await db.facts.where('entityId').equals(id).toArray()).map((r) => db.facts.put(edited(r, gone, now))),
      ...(await db.notes.where('entityId').equals(id).toArray()).map((r) => db.notes.put(edited(r, gone, now))),
      ...(await db.relations.where('fromId').equals(id).toArray()).map((r) => db.relations.put(edited(r, gone, now))),
      ...(await db.relations.where('toId').equals(id).toArray()).map((r) => db.relations.put(edited(r, gone, now))),
    ];
    await Promise.all(children);
    await db.entities.put(edited(entity, gone, now));
  });
}

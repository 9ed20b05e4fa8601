import type { BackstoryDatabase } from './db';
import { NotFoundError } from './read';
import { isLive, type EntityKind, type EntityRecord } from './records';
import { deleteEntity, normalizeTags } from './write-entity';

/** Which entities a bulk action or a pack export is about; the parts that are given all apply. */
export interface EntitySelection {
  tag?: string;
  kind?: EntityKind;
  packId?: string;
}

export async function selectEntities(db: BackstoryDatabase, selection: EntitySelection): Promise<EntityRecord[]> {
  const { tag, kind, packId } = selection;
  const start =
    tag !== undefined
      ? db.entities.where('tags').equals(tag)
      : kind
        ? db.entities.where('kind').equals(kind)
        : packId
          ? db.entities.where('packId').equals(packId)
          : db.entities.toCollection();
  return start
    .filter(
      (entity) =>
        isLive(entity) &&
        (kind === undefined || entity.kind === kind) &&
        (packId === undefined || entity.packId === packId) &&
        (tag === undefined || (entity.tags ?? []).includes(tag)),
    )
    .toArray();
}

export interface TagCount {
  tag: string;
  count: number;
}

export async function listTags(db: BackstoryDatabase): Promise<TagCount[]> {
  const counts = new Map<string, number>();
  await db.entities
    .filter((entity) => isLive(entity) && Boolean(entity.tags?.length))
    .each((entity) => {
      for (const tag of entity.tags ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    });
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => a.tag.localeCompare(b.tag));
}

async function liveEntities(db: BackstoryDatabase, ids: readonly string[]): Promise<EntityRecord[]> {
  const found = await db.entities.bulkGet([...ids]);
  const missing = ids.filter((_, i) => !found[i] || !isLive(found[i]!));
  if (missing.length) throw new NotFoundError(`No entity with id ${missing.map((id) => `"${id}"`).join(', ')}`);
  return found as EntityRecord[];
}

/**
 * Puts a tag on (or takes it off) every entity listed, in one transaction. Answers the ids
 * that changed: undoing is the opposite call on exactly those, which leaves alone the
 * entities that had the tag before.
 */
export async function tagEntities(
  db: BackstoryDatabase,
  ids: readonly string[],
  tag: string,
  remove: boolean,
  now = Date.now(),
): Promise<string[]> {
  return db.transaction('rw', [db.entities], async () => {
    const changed: EntityRecord[] = [];
    for (const entity of await liveEntities(db, ids)) {
      const has = (entity.tags ?? []).includes(tag);
      if (has !== remove) continue;
      const tags = remove ? (entity.tags ?? []).filter((t) => t !== tag) : [...(entity.tags ?? []), tag];
      changed.push({ ...entity, tags: normalizeTags(tags), updatedAt: now });
    }
    await db.entities.bulkPut(changed);
    return changed.map((entity) => entity.id);
  });
}

/** Deletes every entity listed with what hangs off it; one unknown id and nothing is deleted. */
export async function deleteEntities(db: BackstoryDatabase, ids: readonly string[], now = Date.now()): Promise<number> {
  const unique = [...new Set(ids)];
  await db.transaction('rw', [db.entities, db.aliases, db.facts, db.relations, db.notes], async () => {
    await liveEntities(db, unique);
    for (const id of unique) await deleteEntity(db, id, now);
  });
  return unique.length;
}

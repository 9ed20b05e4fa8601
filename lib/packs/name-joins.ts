import { foldText } from '@/lib/matcher';
import { type AliasRecord, type BackstoryDatabase, type EntityRecord, isLive } from '@/lib/store';
import type { Pack, PackEntity } from './schema';

/** The names an entity answers to beyond its own, folded; stop phrases are not names. */
function folded(aliases: readonly { text: string; stop?: boolean }[]): Set<string> {
  return new Set(aliases.filter((alias) => !alias.stop).map((alias) => foldText(alias.text)));
}

/** Two alias lists overlap when they share a name, or are both empty (nothing to tell the two apart). */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 && b.size === 0) return true;
  for (const name of a) if (b.has(name)) return true;
  return false;
}

const nameKey = (kind: string, name: string) => `${kind}|${foldText(name)}`;

/** Two keys that differ name two actors (two Q-ids), whatever their names say. */
const otherKeys = (holder: EntityRecord, entity: PackEntity) =>
  Boolean(holder.key && entity.key && holder.key !== entity.key);

/**
 * An imported pack entity with no key that matched is the store's own entity when one of the
 * same kind has the same name once folded (Erdoğan, Erdogan) and they share an alias, or neither
 * has any. That is what a reader's export looks like when it comes back: re-importing
 * "turkey-watch" must not make a second Recep Tayyip Erdoğan beside the starter's (issue 17).
 * Two namesakes with nothing else in common stay apart. Only live entities of another pack or
 * of the reader host, the oldest first, each at most one pack entity; an entity the pack
 * already made itself is that one, and stays so.
 */
export async function findNameHosts(
  db: BackstoryDatabase,
  pack: Pack,
  candidates: readonly PackEntity[],
): Promise<Map<string, string>> {
  // Every id the pack gives its entities starts so: one range read, where a read per candidate
  // cost 100,000 requests for a pack of 100,000 actors, in its preview and again in its commit.
  const own = new Set(
    (await db.entities.where(':id').startsWith(`${pack.id}:`).toArray()).filter(isLive).map((e) => e.id),
  );
  const wanted = candidates.filter((entity) => !own.has(`${pack.id}:${entity.id}`));
  if (!wanted.length) return new Map();
  const names = new Set(wanted.map((entity) => nameKey(entity.kind, entity.name)));
  const kinds = [...new Set(wanted.map((entity) => entity.kind))];
  const holders = (await db.entities.where('kind').anyOf(kinds).toArray())
    .filter((holder) => isLive(holder) && holder.packId !== pack.id && names.has(nameKey(holder.kind, holder.name)))
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  if (!holders.length) return new Map();
  const holderAliases = await aliasesOf(db, holders);
  const hosts = new Map<string, string>();
  const taken = new Set<string>();
  for (const entity of wanted) {
    const mine = folded(entity.aliases);
    const host = holders.find(
      (holder) =>
        !taken.has(holder.id) &&
        nameKey(holder.kind, holder.name) === nameKey(entity.kind, entity.name) &&
        !otherKeys(holder, entity) &&
        overlap(mine, holderAliases.get(holder.id) ?? new Set()),
    );
    if (!host) continue;
    hosts.set(entity.id, host.id);
    taken.add(host.id);
  }
  return hosts;
}

async function aliasesOf(db: BackstoryDatabase, holders: readonly EntityRecord[]): Promise<Map<string, Set<string>>> {
  const aliases: AliasRecord[] = (
    await db.aliases
      .where('entityId')
      .anyOf(holders.map((h) => h.id))
      .toArray()
  ).filter(isLive);
  const byEntity = new Map<string, AliasRecord[]>();
  for (const alias of aliases) byEntity.set(alias.entityId, [...(byEntity.get(alias.entityId) ?? []), alias]);
  return new Map(holders.map((holder) => [holder.id, folded(byEntity.get(holder.id) ?? [])]));
}

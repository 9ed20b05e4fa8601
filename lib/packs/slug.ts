import { foldText } from '@/lib/matcher';
import type { EntityRecord } from '@/lib/store';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_SLUG = 80;

/** "Hay’at Tahrir al-Sham" → "hay-at-tahrir-al-sham"; a name with no Latin letters → "entity". */
export function slugify(text: string): string {
  const slug = foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, '');
  return slug || 'entity';
}

/**
 * The id an entity gets in an exported pack. A pack entity keeps the id its pack gave it,
 * so exporting a pack and loading the file again lands on the same records; a reader's
 * entity gets a slug of its name, the same one every time it is exported.
 */
function preferredSlug(entity: EntityRecord): string {
  const prefix = entity.packId ? `${entity.packId}:` : undefined;
  const local = prefix && entity.id.startsWith(prefix) ? entity.id.slice(prefix.length) : undefined;
  return local && SLUG.test(local) ? local : slugify(entity.name);
}

/** Slugs for every entity, unique within the export ("russia", "russia-2") in a stable order. */
export function assignSlugs(entities: readonly EntityRecord[]): Map<string, string> {
  const ordered = [...entities].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  const taken = new Set<string>();
  const slugs = new Map<string, string>();
  for (const entity of ordered) {
    const base = preferredSlug(entity);
    let slug = base;
    for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(entity.id, slug);
  }
  return slugs;
}

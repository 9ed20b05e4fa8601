import { foldText } from '@/lib/matcher';
import {
  type AliasRecord,
  type BackstoryDatabase,
  type DataSource,
  type EntityRecord,
  type EntitySelection,
  type FactRecord,
  isLive,
  type RelationRecord,
  selectEntities,
} from '@/lib/store';
import { PACK_FORMAT, PACK_FORMAT_VERSION, type Pack, type PackEntity } from './schema';
import { assignSlugs, slugify } from './slug';
import { PackError, validatePack } from './validate';

export interface PackMeta {
  id: string;
  name: string;
  version: number;
}

type Children = { aliases: AliasRecord[]; facts: FactRecord[]; relations: RelationRecord[] };

/**
 * The selected entities as a pack file anyone can load. Relations and places are kept only
 * where both ends are exported, so the pack never points outside itself. The result is
 * checked like any pack a reader loads: an export that would be refused is never handed out.
 */
export async function exportPack(db: BackstoryDatabase, selection: EntitySelection, meta: PackMeta): Promise<Pack> {
  const pack = await db.transaction('r', [db.entities, db.aliases, db.facts, db.relations], async () => {
    const entities = await selectEntities(db, selection);
    if (!entities.length) throw new PackError('Nothing to export: no entity matches the selection');
    entities.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    const slugs = assignSlugs(entities);
    const children = await readChildren(
      db,
      entities.map((e) => e.id),
    );
    const sources = new SourceSlugs();
    const packEntities = entities.map((entity) => toPackEntity(entity, slugs, children(entity.id), sources));
    return {
      format: PACK_FORMAT,
      formatVersion: PACK_FORMAT_VERSION,
      ...meta,
      ...sources.table(),
      entities: packEntities,
    };
  });
  try {
    return validatePack(pack);
  } catch (error) {
    throw new PackError(`Cannot export: ${(error as Error).message.replace(/^Pack refused: /, '')}`);
  }
}

async function readChildren(db: BackstoryDatabase, ids: string[]): Promise<(id: string) => Children> {
  const [aliases, facts, relations] = await Promise.all([
    db.aliases.where('entityId').anyOf(ids).filter(isLive).toArray(),
    db.facts.where('entityId').anyOf(ids).filter(isLive).toArray(),
    db.relations.where('fromId').anyOf(ids).filter(isLive).toArray(),
  ]);
  const group = <T>(records: T[], key: (r: T) => string) => {
    const map = new Map<string, T[]>();
    for (const record of records) map.set(key(record), [...(map.get(key(record)) ?? []), record]);
    return map;
  };
  const [a, f, r] = [
    group(aliases, (x) => x.entityId),
    group(facts, (x) => x.entityId),
    group(relations, (x) => x.fromId),
  ];
  return (id) => ({ aliases: a.get(id) ?? [], facts: f.get(id) ?? [], relations: r.get(id) ?? [] });
}

/** JSON has no `undefined`: optional fields are left out, as a hand-written pack would. */
function compact<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== false)) as T;
}

/** A pack numbers its facts by position ("#fact:2"), so the store's order is kept for a round trip. */
function inLoadOrder(a: FactRecord, b: FactRecord): number {
  return a.createdAt - b.createdAt || a.id.localeCompare(b.id, 'en', { numeric: true });
}

/**
 * The data sources of the exported entities, named by slugs of their names, so that an exported
 * world-pack entity still says "Data: GeoNames, CC BY 4.0" wherever it is loaded.
 */
class SourceSlugs {
  private readonly bySource = new Map<string, { slug: string; source: DataSource }>();

  slugsOf(sources: readonly DataSource[] | undefined): string[] | undefined {
    if (!sources?.length) return undefined;
    return sources.map((source) => {
      const key = JSON.stringify([source.name, source.licence, source.url]);
      const known = this.bySource.get(key);
      if (known) return known.slug;
      const base = slugify(source.name);
      const taken = new Set([...this.bySource.values()].map((entry) => entry.slug));
      let slug = base;
      for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
      this.bySource.set(key, { slug, source: { name: source.name, licence: source.licence, url: source.url } });
      return slug;
    });
  }

  table(): { sources?: Record<string, DataSource> } {
    if (!this.bySource.size) return {};
    return { sources: Object.fromEntries([...this.bySource.values()].map(({ slug, source }) => [slug, source])) };
  }
}

function toPackEntity(
  entity: EntityRecord,
  slugs: Map<string, string>,
  children: Children,
  sources: SourceSlugs,
): PackEntity {
  const isEvent = entity.kind === 'event';
  // A pack's alias ids are made from the folded text, so two aliases that fold alike would collide.
  const seen = new Set<string>();
  const aliases = [...children.aliases]
    .sort((a, b) => a.createdAt - b.createdAt || a.text.localeCompare(b.text))
    .filter((a) => !seen.has(foldText(a.text)) && seen.add(foldText(a.text)));
  const relationKeys = new Set<string>();
  const relations = children.relations.flatMap((r) => {
    const target = slugs.get(r.toId);
    const key = `${r.type}:${target}`;
    if (!target || relationKeys.has(key)) return [];
    relationKeys.add(key);
    return [compact({ type: r.type, target, start: r.start, end: r.end })];
  });
  return compact({
    id: slugs.get(entity.id)!,
    kind: entity.kind,
    name: entity.name,
    summary: entity.summary,
    eventType: isEvent ? entity.eventType : undefined,
    start: isEvent ? entity.start : undefined,
    end: isEvent ? entity.end : undefined,
    place: isEvent && entity.placeId ? slugs.get(entity.placeId) : undefined,
    aliases: aliases.map((a) =>
      compact({ text: a.text, caseSensitive: a.caseSensitive, stop: a.stop, common: a.common, lang: a.lang }),
    ),
    facts: [...children.facts].sort(inLoadOrder).map((f) =>
      compact({
        text: f.text,
        date: f.date,
        end: f.end,
        source: f.sourceUrl ? compact({ url: f.sourceUrl, title: f.sourceTitle }) : undefined,
      }),
    ),
    relations,
    key: entity.key,
    sources: sources.slugsOf(entity.sources),
  });
}

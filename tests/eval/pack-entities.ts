import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKS_DIR = fileURLToPath(new URL('../../lib/packs', import.meta.url));

export interface PackFile {
  id: string;
  /** In a pack's meta file (world-pack.meta.json, read at install) a count, not the records. */
  entities: { id: string; kind: string; key?: string }[] | number;
}

/**
 * The entities a freshly installed store holds, by gold id (`<pack>:<entity id>`): the starter
 * pack and, once it is built, the world pack (one file or several `world-pack*.json`).
 */
export interface PackEntities {
  /** The kind of every entity a gold entry may name. */
  kinds: Map<string, string>;
  /**
   * World entities whose `key` a starter entity already has: loading the world pack joins them
   * to the starter entity, so the store, and the gold, know them by the starter's id.
   */
  joined: Map<string, string>;
}

function readPack(file: string): PackFile {
  return JSON.parse(readFileSync(join(PACKS_DIR, file), 'utf8')) as PackFile;
}

function worldPackFiles(): string[] {
  if (!existsSync(PACKS_DIR)) return [];
  return readdirSync(PACKS_DIR)
    .filter((file) => /^world-pack.*\.json$/.test(file))
    .sort();
}

/** The starter pack first: the first pack to hold a key is the one whose id the store keeps. */
export function packEntities(files = ['starter-pack.json', ...worldPackFiles()]): PackEntities {
  return entitiesOf(files.map(readPack));
}

/** The gold ids of `packs`, loaded in this order into one store. */
export function entitiesOf(packs: PackFile[]): PackEntities {
  const kinds = new Map<string, string>();
  const joined = new Map<string, string>();
  const holderOfKey = new Map<string, string>();
  for (const pack of packs) {
    for (const entity of Array.isArray(pack.entities) ? pack.entities : []) {
      const id = `${pack.id}:${entity.id}`;
      const holder = entity.key === undefined ? undefined : holderOfKey.get(entity.key);
      if (holder && holder !== id) {
        joined.set(id, holder);
        continue;
      }
      kinds.set(id, entity.kind);
      if (entity.key !== undefined) holderOfKey.set(entity.key, id);
    }
  }
  return { kinds, joined };
}

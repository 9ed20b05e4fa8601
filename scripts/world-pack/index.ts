/**
 * Builds Backstory's bundled world pack from licensed open data (see README.md in this folder).
 * Pure apart from reading the data packages and organisations.json: the same inputs give the same bytes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { buildWorldPack, WORLD_PACK_NAME } from './assemble';
import { loadWorldData } from './data';
import { serialisePack, type WorldPack } from './serialise';
import type { HandWrittenEntity, WorldData } from './types';

export { buildWorldPack, WORLD_PACK_VERSION } from './assemble';
export { loadOrdinaryWords, loadWorldData } from './data';
export { serialisePack, type WorldPack } from './serialise';
export { WorldPackError } from './organisations';
export type { WorldData, WorldEntity, HandWrittenEntity } from './types';

export const ORGANISATIONS_FILE = new URL('./organisations.json', import.meta.url);
export const WORLD_PACK_FILE = new URL('../../lib/packs/world-pack.json', import.meta.url);
export const WORLD_PACK_META_FILE = new URL('../../lib/packs/world-pack.meta.json', import.meta.url);
/** Firefox's add-on linter refuses text files over 5 MB; past this a pack has to be split. */
export const MAX_PACK_BYTES = 4_000_000;

export interface WorldPackMeta {
  id: string;
  name: string;
  version: number;
  entities: number;
  aliases: number;
  bytes: number;
}

/** The hand-written organisations, or none while that file does not exist yet. */
export function readOrganisations(file: URL = ORGANISATIONS_FILE): HandWrittenEntity[] {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as HandWrittenEntity[]) : [];
}

export function describePack(pack: WorldPack, json: string): WorldPackMeta {
  const aliases = pack.entities.reduce((sum, e) => sum + (Array.isArray(e.aliases) ? e.aliases.length : 0), 0);
  return {
    id: pack.id,
    name: WORLD_PACK_NAME,
    version: pack.version,
    entities: pack.entities.length,
    aliases,
    bytes: Buffer.byteLength(json, 'utf8'),
  };
}

/** The pack file's text and its meta file's text, exactly as `npm run pack:world` writes them. */
export function buildWorldPackFiles(data: WorldData = loadWorldData(), organisations = readOrganisations()) {
  const pack = buildWorldPack(data, organisations);
  const json = serialisePack(pack);
  const meta = describePack(pack, json);
  if (meta.bytes > MAX_PACK_BYTES) {
    throw new Error(`The world pack is ${String(meta.bytes)} bytes: split it below ${String(MAX_PACK_BYTES)}`);
  }
  return { pack, json, meta, metaJson: `${JSON.stringify(meta, null, 2)}\n` };
}

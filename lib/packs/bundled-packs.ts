import starterPack from './starter-pack.json';
import worldPackMeta from './world-pack.meta.json';
import type { BundledPack } from './bundled';
import { WORLD_PACK_FILE } from './world-pack-file';

/**
 * The packs every Backstory starts with, in the order they load: the starter pack first, so
 * that the world pack's Syria, Russia and Aleppo join the starter's entities of the same key.
 *
 * The world pack is a file of the extension, fetched only when its version is not in the
 * store: in the worker's script it would be parsed at every wake, for nothing.
 */
export const BUNDLED_PACKS: readonly BundledPack[] = [
  { id: starterPack.id, version: starterPack.version, read: () => Promise.resolve(starterPack) },
  { id: worldPackMeta.id, version: worldPackMeta.version, read: () => readPackFile(`/${WORLD_PACK_FILE}`) },
];

async function readPackFile(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The bundled pack ${url} could not be read (HTTP ${response.status})`);
  return response.json();
}

/**
 * Where the build puts the world pack (wxt.config.ts copies lib/packs/world-pack.json there).
 * A file of its own, not an import: the background is bundled as one script, and Vite would
 * inline the pack into it as a data URL, parsed again at every wake of the worker.
 */
export const WORLD_PACK_FILE = 'packs/world-pack.json';
export const WORLD_PACK_SOURCE = 'lib/packs/world-pack.json';

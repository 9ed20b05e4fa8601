export { loadPack, previewPack, writePack, type PackLoadReport } from './load';
export { validatePack, PackError } from './validate';
export { PACK_FORMAT, PACK_FORMAT_VERSION, MAX_PACK_ENTITIES, type Pack } from './schema';
export { exportPack, type PackMeta } from './export';
export { removePack, previewPackRemoval, type PackRemovalReport } from './remove';
export type { ChangeCounts, PackTable } from './plan';
export { default as starterPack } from './starter-pack.json';
export { loadBundledPack, type BundledPack } from './bundled';
export { BUNDLED_PACKS } from './bundled-packs';

export { loadPack, type PackLoadReport } from './load';
export { validatePack, PackError } from './validate';
export { PACK_FORMAT, PACK_FORMAT_VERSION, type Pack } from './schema';
export { default as starterPack } from './starter-pack.json';

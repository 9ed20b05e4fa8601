/** `npm run pack:world`: rebuilds lib/packs/world-pack.json and its meta file from the data packages. */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import {
  buildWorldPackFiles,
  WORLD_PACK_FILE,
  WORLD_PACK_META_FILE,
  WorldPackError,
  type WorldPack,
} from './world-pack';

function report(pack: WorldPack, json: string, milliseconds: number): void {
  const count = (test: (entity: WorldPack['entities'][number]) => boolean) => String(pack.entities.filter(test).length);
  const isCountry = (entity: { id: string }) => entity.id.startsWith('country-');
  console.log(
    `world pack v${String(pack.version)}: ${String(pack.entities.length)} entities, ` +
      `${String(pack.entities.reduce((sum, e) => sum + (Array.isArray(e.aliases) ? e.aliases.length : 0), 0))} aliases`,
  );
  console.log(
    `  states ${count((e) => isCountry(e) && e.kind === 'state')}, ` +
      `territories ${count((e) => isCountry(e) && e.kind === 'place')}, ` +
      `cities ${count((e) => e.id.startsWith('city-'))}, regions ${count((e) => e.id.startsWith('region-'))}, ` +
      `organisations ${count((e) => !/^(country|city|region)-/.test(e.id))}`,
  );
  console.log(
    `  ${String(Buffer.byteLength(json))} bytes, ${String(gzipSync(json).length)} gzipped, ` +
      `built in ${String(milliseconds)} ms`,
  );
}

const started = performance.now();
try {
  const { pack, json, metaJson } = buildWorldPackFiles();
  writeFileSync(WORLD_PACK_FILE, json);
  writeFileSync(WORLD_PACK_META_FILE, metaJson);
  report(pack, json, Math.round(performance.now() - started));
} catch (error) {
  if (!(error instanceof WorldPackError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}

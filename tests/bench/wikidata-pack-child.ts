/** One build of `npm run pack:wikidata` in its own process, so that its peak memory is its own. */
import { buildWikidataPack, parseArguments } from '@/scripts/wikidata-pack';
import { loadOrdinaryWords } from '@/scripts/world-pack';

const options = parseArguments(process.argv.slice(2));
const words = loadOrdinaryWords();
const rssBefore = process.resourceUsage().maxRSS;
const built = await buildWikidataPack(options, words);
console.log(
  JSON.stringify({
    milliseconds: built.milliseconds,
    read: built.tally.read,
    entities: built.pack.entities.length,
    files: built.files.length,
    bytes: built.files.reduce((sum, file) => sum + file.bytes, 0),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    startRssMb: Math.round(rssBefore / 1024),
  }),
);

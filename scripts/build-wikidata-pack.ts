/** `npm run pack:wikidata -- --in FILE --out FILE`: a pack from Wikidata's JSON dump or wbgetentities answers. */
import { BuildError, buildWikidataPack, describeBuild, parseArguments, USAGE, UsageError } from './wikidata-pack';
import { loadOrdinaryWords } from './world-pack';

try {
  const options = parseArguments(process.argv.slice(2));
  const built = await buildWikidataPack(options, loadOrdinaryWords());
  for (const line of describeBuild(built, options)) console.log(line);
} catch (error) {
  if (error instanceof UsageError) console.error(`${error.message}\nusage: ${USAGE}`);
  else if (error instanceof BuildError || (error as NodeJS.ErrnoException).code === 'ENOENT')
    console.error((error as Error).message);
  else throw error;
  process.exitCode = 1;
}

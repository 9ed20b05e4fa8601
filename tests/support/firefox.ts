import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SYSTEM_FIREFOXES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The CSS Custom Highlight API, which marks are painted with, came in Firefox 140. */
const OLDEST_FIREFOX = 140;

/** Where `wxt build -b firefox` puts the Firefox build (Manifest V2). */
export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL('../../.output/firefox-mv2', import.meta.url));

/** The Firefox the Firefox suite drives: `$FIREFOX_PATH`, else Debian's firefox-esr, else a system firefox. */
export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv && !existsSync(fromEnv)) throw new Error(`FIREFOX_PATH is set to ${fromEnv}, which does not exist.`);
  const path = fromEnv || SYSTEM_FIREFOXES.find((candidate) => existsSync(candidate));
  if (!path) {
    throw new Error(
      'No Firefox found. Install one (Debian: `sudo apt-get install firefox-esr`) ' +
        'or set FIREFOX_PATH to a Firefox executable.',
    );
  }
  const major = firefoxMajorVersion(path);
  if (major < OLDEST_FIREFOX) {
    throw new Error(`${path} is Firefox ${major}; Backstory needs Firefox ${OLDEST_FIREFOX} or newer.`);
  }
  return path;
}

/** "Mozilla Firefox 153.8.0esr" -> 153. */
function firefoxMajorVersion(path: string): number {
  const output = execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  const major = /Firefox (\d+)\./.exec(output)?.[1];
  if (!major) throw new Error(`${path} --version said "${output.trim()}", not a Firefox version.`);
  return Number(major);
}

// `tsx tests/support/firefox.ts` prints the browser it would use, or why there is none.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    console.log(findFirefox());
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

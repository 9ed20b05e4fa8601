import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium, type LaunchOptions } from 'playwright-core';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * The Chromium the tests and the demo drive. Playwright's own browsers cannot be downloaded
 * everywhere we run, so a system Chromium comes first and the bundled one is the fallback.
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  if (system) return system;
  const bundled = chromium.executablePath();
  if (existsSync(bundled)) return bundled;
  throw new Error(
    'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
      'or set CHROMIUM_PATH to a Chromium executable.',
  );
}

export interface ChromiumOptions {
  /** The unpacked extension to load; none for a plain browser. */
  extensionDir?: string;
  headless?: boolean;
}

/** Options for `launch`/`launchPersistentContext`, shared by the e2e fixtures and `npm start`. */
export function chromiumLaunchOptions({ extensionDir, headless = true }: ChromiumOptions = {}): LaunchOptions {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-gpu',
  ];
  // Only the new headless mode runs extensions. Since Chromium 132 `--headless` means the
  // new mode; on older builds this later `--headless=new` overrides Playwright's `--headless`.
  if (headless) args.push('--headless=new');
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  return {
    executablePath: findChromium(),
    headless,
    // Chromium's sandbox refuses to start as root; Playwright adds `--no-sandbox` when this is false.
    chromiumSandbox: process.getuid?.() !== 0,
    args,
  };
}

// `tsx tests/support/chromium.ts` prints the browser it would use, or why there is none.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    console.log(findChromium());
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_EXTENSION_DIR, findFirefox } from '../support/firefox';
import { bundledPackVersions, readPackVersions } from '../support/installed-profile';
import { type KeyPress, navigateWithoutWaiting, pressInBrowserWindow } from './bidi';

interface FirefoxManifest {
  browser_specific_settings?: { gecko?: { id?: string } };
  commands?: Record<string, { suggested_key?: { default?: string } }>;
}

/** What an extension page shows once it has rendered: the pages mount into `#app`. */
const RENDERED = '#app > *';

/**
 * What Firefox prints of the extension's failures, which nothing else reports: an uncaught
 * error or rejection in the background, a page or the content script (stderr), and the
 * extension's `console.error` (stdout, with `devtools.console.stdout.content`), whose messages
 * start with "Backstory"; Firefox's own modules print errors of theirs there too.
 */
const FAILURE_LINES = [/^JavaScript error: moz-extension:\/\//, /^console\.error: "Backstory/];

/**
 * Firefox with the built extension installed as a temporary add-on, driven over WebDriver
 * BiDi, and the extension's failures collected as they happen. One per test: nothing is
 * shared between tests but the built extension.
 */
export class FirefoxWithExtension {
  /** The failure lines Firefox printed since it started. */
  readonly failures: string[] = [];
  private closing = false;

  private constructor(
    readonly browser: Browser,
    private readonly uuid: string,
    private readonly manifest: FirefoxManifest,
  ) {}

  /** Starts Firefox, installs the extension and waits until its bundled packs are in the store. */
  static async launch(): Promise<FirefoxWithExtension> {
    const manifest = readBuiltManifest();
    const extensionId = manifest.browser_specific_settings?.gecko?.id;
    if (!extensionId) throw new Error('The Firefox manifest has no browser_specific_settings.gecko.id');
    // Fixing the extension's internal UUID fixes its moz-extension:// origin for this browser.
    const uuid = randomUUID();
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: findFirefox(),
      headless: true,
      // Lets BiDi open extension pages and reach the browser window (for shortcuts).
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [extensionId]: uuid }),
        'devtools.console.stdout.content': true,
      },
    });
    const firefox = new FirefoxWithExtension(browser, uuid, manifest);
    try {
      firefox.collectFailures();
      const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
      if (installed !== extensionId)
        throw new Error(`Firefox installed the extension as ${installed}, not ${extensionId}`);
      await firefox.waitForBundledPacks();
      return firefox;
    } catch (error) {
      await firefox.close().catch(() => undefined);
      throw error;
    }
  }

  extensionUrl(path: string): string {
    return `moz-extension://${this.uuid}/${path}`;
  }

  /** Opens an extension page in a new tab and waits until it has rendered. */
  async openExtensionPage(path: string): Promise<Page> {
    const page = await this.browser.newPage();
    await navigateWithoutWaiting(page, this.extensionUrl(path));
    await page.waitForSelector(RENDERED, { timeout: 20_000 });
    return page;
  }

  /** The browser's tab id of the page showing `url`, asked of the tabs API from an extension page. */
  async tabIdOf(url: string): Promise<number> {
    const page = await this.openExtensionPage('popup.html');
    try {
      const id = await page.evaluate(async (wanted) => {
        const { browser } = globalThis as unknown as {
          browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
        };
        return (await browser.tabs.query({})).find((tab) => tab.url === wanted)?.id;
      }, url);
      if (id === undefined) throw new Error(`No tab has the URL ${url}`);
      return id;
    } finally {
      await page.close();
    }
  }

  /** Presses the keys the manifest suggests for `command` (e.g. Alt+Shift+J) in the browser window. */
  async pressShortcut(command: string): Promise<void> {
    const shortcut = this.manifest.commands?.[command]?.suggested_key?.default;
    if (!shortcut) throw new Error(`The manifest suggests no key for the command ${command}`);
    await pressInBrowserWindow(this.browser, shortcut.split('+').map(keyPress));
  }

  /**
   * Closes Firefox, and fails when the extension reported a failure meanwhile. Lines printed
   * while closing are left out: a shutdown stops the background mid-work.
   */
  async close(): Promise<void> {
    this.closing = true;
    await this.browser.close();
    if (this.failures.length > 0) {
      throw new Error(`The extension failed in Firefox:\n${this.failures.join('\n')}`);
    }
  }

  private collectFailures(): void {
    const child = this.browser.process();
    if (!child?.stderr || !child.stdout) throw new Error('Firefox was started without its output piped to us');
    const collect = (stream: Readable) =>
      createInterface({ input: stream }).on('line', (line) => {
        if (!this.closing && FAILURE_LINES.some((pattern) => pattern.test(line))) this.failures.push(line);
      });
    collect(child.stderr);
    collect(child.stdout);
  }

  /**
   * The world pack's thousands of records take seconds to write after install. The tests
   * start, as Chromium's do, from a store that holds both bundled packs.
   */
  private async waitForBundledPacks(timeoutMs = 60_000): Promise<void> {
    const expected = bundledPackVersions();
    const page = await this.openExtensionPage('popup.html');
    try {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const loaded = await page.evaluate(readPackVersions);
        if (Object.entries(expected).every(([id, version]) => loaded[id] === version)) return;
        if (Date.now() > deadline)
          throw new Error(`The bundled packs did not load within ${timeoutMs} ms: ${JSON.stringify(loaded)}`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    } finally {
      await page.close();
    }
  }
}

function readBuiltManifest(): FirefoxManifest {
  const file = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(file))
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  return JSON.parse(readFileSync(file, 'utf8')) as FirefoxManifest;
}

const MODIFIERS: Record<string, KeyPress> = {
  Alt: { key: 'Alt', code: 'AltLeft', keyCode: 18 },
  Shift: { key: 'Shift', code: 'ShiftLeft', keyCode: 16 },
  Ctrl: { key: 'Control', code: 'ControlLeft', keyCode: 17 },
};

/** One part of a manifest shortcut ("Alt", "J") as a key press. */
function keyPress(part: string): KeyPress {
  const modifier = MODIFIERS[part];
  if (modifier) return modifier;
  if (!/^[A-Z0-9]$/.test(part)) throw new Error(`The suite cannot press the shortcut key "${part}"`);
  return { key: part, code: /\d/.test(part) ? `Digit${part}` : `Key${part}`, keyCode: part.charCodeAt(0) };
}

import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { EXTENSION_DIR, assertExtensionBuilt } from '../support/extension';

/**
 * The content script is loaded into every page a reader opens, so what it carries is paid
 * on every page. These read the build the other e2e tests run.
 */
function contentScript(): string {
  assertExtensionBuilt();
  return readFileSync(`${EXTENSION_DIR}/content-scripts/content.js`, 'utf8');
}

test('the content script stays within its 30 KB gzipped budget', () => {
  const gzipped = gzipSync(contentScript(), { level: 9 }).byteLength;
  expect(gzipped).toBeLessThanOrEqual(30 * 1024);
});

test('the content script carries no request schemas of the background, nor sync code', () => {
  const script = contentScript();
  // Each string belongs to a schema only the background checks (protocol.ts builds them in a
  // function the bundler drops from a script that only sends) or to the sync settings.
  for (const backgroundOnly of [
    'must be a kebab-case id',
    'the file is far too large',
    'App password',
    'sync/configure',
  ]) {
    expect(script.includes(backgroundOnly), `content.js holds "${backgroundOnly}"`).toBe(false);
  }
  // The page's own requests are checked here, so their schemas must still be in it: each
  // request type is named twice, by its schema and by its handler.
  expect(script.split('page/step').length - 1).toBe(2);
});

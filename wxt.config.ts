import { defineConfig } from 'wxt';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { WORLD_PACK_FILE, WORLD_PACK_SOURCE } from './lib/packs/world-pack-file';
import { ICON_ON } from './lib/toolbar/icons';
import { WIKIMEDIA_HOST_PATTERNS } from './lib/lookup/hosts';

/**
 * Access to the reader's sync server is asked for when they configure it, and to a pack's host
 * when they follow a pack by its address (lib/pack-subscriptions), for that host only, never at
 * install. MV2 (the Firefox build) has no optional_host_permissions: WXT drops
 * the key there rather than moving it, so the patterns go to optional_permissions.
 */
const SYNC_SERVER_PATTERNS = ['http://*/*', 'https://*/*'];

/** Look-ups reach Wikidata and Wikipedia only, asked for when the reader turns them on (lib/lookup). */
const OPTIONAL_HOSTS = [...SYNC_SERVER_PATTERNS, ...WIKIMEDIA_HOST_PATTERNS];

function optionalHostAccess(manifestVersion: 2 | 3) {
  return manifestVersion === 3
    ? { optional_host_permissions: OPTIONAL_HOSTS }
    : { optional_permissions: OPTIONAL_HOSTS };
}

/**
 * The card's notes frame (lib/page/card/notes-frame.ts) is the one page a news page may load, and only
 * on the pages the content script runs on; in Chrome only at the session's dynamic address, so
 * a page cannot probe for the extension by its fixed id.
 */
const NOTES_FRAME = 'card-notes.html';
const CONTENT_PAGES = ['http://*/*', 'https://*/*', 'file:///*'];

function notesFrameAccess(manifestVersion: 2 | 3) {
  return manifestVersion === 3
    ? { web_accessible_resources: [{ resources: [NOTES_FRAME], matches: CONTENT_PAGES, use_dynamic_url: true }] }
    : { web_accessible_resources: [NOTES_FRAME] };
}

// Auto-imports are off: every module says where its names come from, which keeps
// `tsc` and ESLint honest without WXT's generated globals.
export default defineConfig({
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // webextension-polyfill everywhere but in the content script, whose budget is 30 KB
    // gzipped (issue 16) and the polyfill ~3 KB of it. There `browser` is WXT's bare one: the
    // browser's own `browser` in Firefox, `chrome` in Chrome, whose MV3 calls return promises;
    // the one thing that differs, answering a message, goes through sendResponse
    // (lib/messaging/index.ts, servePageRequests).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      config.plugins = [
        ...(config.plugins ?? []),
        {
          name: 'backstory:webextension-polyfill',
          config: () => ({ resolve: { alias: { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' } } }),
        },
      ];
    },
    // The world pack ships as a file the background fetches once, at install or update.
    'build:publicAssets': (_wxt, assets) => {
      assets.push({ absoluteSrc: resolve(WORLD_PACK_SOURCE), relativeDest: WORLD_PACK_FILE });
    },
  },
  zip: {
    // What addons.mozilla.org needs to rebuild the Firefox zip (`npm ci && npm run build:firefox`,
    // README): the extension's sources and build config, not the tests or local outputs.
    includeSources: [
      'README.md',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'entrypoints/**',
      'components/**',
      'lib/**',
      'public/**',
      'scripts/**',
      'tests/support/chromium.ts',
    ],
  },
  manifest: ({ manifestVersion }) => ({
    // Name and description in the reader's language, from public/_locales (English by default).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    icons: ICON_ON,
    // The toolbar button (its title comes from the popup's <title>). WXT fills in the popup
    // under the key of the build's manifest version, so each gets its own.
    ...(manifestVersion === 3 ? { action: { default_icon: ICON_ON } } : { browser_action: { default_icon: ICON_ON } }),
    // 'alarms' wakes the worker for scheduled syncs.
    permissions: ['storage', 'tabs', 'unlimitedStorage', 'contextMenus', 'alarms'],
    ...optionalHostAccess(manifestVersion),
    ...notesFrameAccess(manifestVersion),
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Go to the next mention on the page and open its card',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Go to the previous mention on the page and open its card',
      },
      'add-selection-as-entity': {
        suggested_key: { default: 'Alt+Shift+A' },
        description: 'Add the selected text as an actor or event',
      },
      'add-selection-as-fact': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Add the selected sentence as a fact about an actor or event',
      },
      // Chrome takes at most four suggested keys: the reader picks this one at chrome://extensions/shortcuts.
      'look-up-selection': {
        description: 'Look up the selected name on Wikidata and Wikipedia',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'backstory@example.org',
        strict_min_version: '140.0',
        // Backstory sends nothing anywhere but to a sync server the reader configures, the pack
        // addresses they follow (a GET of the address), and the names the reader looks up (once
        // they turn look-ups on) to Wikidata and Wikipedia.
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android learnt data_collection_permissions in 142 (desktop in 140).
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
});

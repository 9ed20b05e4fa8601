import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Auto-imports are off: every module says where its names come from, which keeps
// `tsc` and ESLint honest without WXT's generated globals.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Backstory',
    description: 'The backstory of the actors and events a news page mentions.',
    permissions: ['storage', 'tabs', 'unlimitedStorage', 'contextMenus'],
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
    },
    browser_specific_settings: {
      gecko: {
        id: 'backstory@example.org',
        strict_min_version: '140.0',
        // Backstory sends nothing anywhere but to a sync server the reader configures.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});

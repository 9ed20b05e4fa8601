import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // Dexie looks for IndexedDB when it is first imported, so the fake must come first.
    setupFiles: ['fake-indexeddb/auto'],
  },
});

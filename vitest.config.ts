import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // Dexie looks for IndexedDB when it is first imported, so the fake must come first.
    setupFiles: ['fake-indexeddb/auto'],
    // The property and scale tests do real work; on a loaded 2-core machine 5 s is too tight.
    testTimeout: 30_000,
  },
});

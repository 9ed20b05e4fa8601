import { defineConfig } from 'vitest/config';

/**
 * The Firefox suite (tests/firefox): real Firefox with the built extension, driven over
 * WebDriver BiDi by puppeteer-core. One file at a time, each test with a Firefox of its own:
 * two Firefoxes at once would fight over the two cores we test on.
 */
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    // A Firefox starts, installs the extension and loads its packs in about 6 s here; the
    // limits leave room for a machine twice as slow that is also busy.
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});

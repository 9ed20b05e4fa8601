import { defineConfig } from '@playwright/test';

/**
 * Each test launches its own Chromium with the built extension (see tests/e2e/fixtures.ts),
 * so there is no `projects`/`use.browserName` here. Two workers: one per core of the
 * machines we test on, each driving one browser.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    actionTimeout: 10_000,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'reader', testIgnore: /hostile-pages\.spec\.ts/ },
    // Slices are timed by the wall clock, so the 50 ms budget is checked with the machine to
    // itself: these run after everything else, one file in one worker.
    { name: 'budget', testMatch: /hostile-pages\.spec\.ts/, dependencies: ['reader'] },
  ],
});

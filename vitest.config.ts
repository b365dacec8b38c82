import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One more worker than the two cores: build tests spend much of their time waiting on the builds they spawn,
    // and browser tests on Chromium, so a third file in flight keeps the cores busy.
    maxWorkers: 3,
    projects: [
      // Unit tests share the two cores with the builds and browsers of the other projects, so a test that takes half a
      // second alone can take ten; the limit catches a hang, not slowness (speed is measured with npm run bench).
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      // Real builds of throwaway project copies: slower, so in a project of their own.
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 180_000 } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/setup.ts'],
          // On a shared two-core machine a page load and an axe run can take seconds each.
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One browser and one built site, shared by every file.
          fileParallelism: false,
        },
      },
    ],
  },
});

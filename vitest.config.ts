import os from 'node:os';
import { defineConfig } from 'vitest/config';

// Four suites: `unit` needs nothing but Node, `integration` runs against
// PGlite by default and against a PostgreSQL server when
// TIERLINE_TEST_DATABASE_URL is set, `system` is integration that also needs
// Debian's packages (the statement PDF's CJK font and poppler's pdftotext),
// `browser` drives Debian's chromium.
export default defineConfig({
  test: {
    // Vitest leaves a core free by default, which on a 2-core machine runs
    // the files one at a time; each file is one process that mostly waits
    // on its store or a child process, so use every core.
    maxWorkers: Math.max(2, os.availableParallelism()),
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'engine/test/**/*.test.ts',
            'server/test/unit/**/*.test.ts',
            'web/test/unit/**/*.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['server/test/integration/**/*.test.ts'],
          globalSetup: ['server/test/integration/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'system',
          include: ['server/test/system/**/*.test.ts'],
          globalSetup: ['server/test/integration/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['web/test/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

import { defineConfig } from 'vitest/config';

// Three suites: `unit` needs nothing but Node, `integration` runs against
// PGlite by default and against a PostgreSQL server when
// TIERLINE_TEST_DATABASE_URL is set, `browser` drives Debian's chromium.
export default defineConfig({
  test: {
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

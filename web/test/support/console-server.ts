import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/src/http/app.js';
import { createLogger } from '../../../server/src/platform/logger.js';
import { seedAccounts } from '../../../server/test/integration/support/auth-fixtures.js';
import {
  createTestStore,
  type TestStore,
} from '../../../server/test/integration/support/test-store.js';

export { fixturePassword } from '../../../server/test/integration/support/auth-fixtures.js';

const webDir = fileURLToPath(new URL('../..', import.meta.url));
const distDir = fileURLToPath(new URL('../../dist', import.meta.url));

/** Builds web/dist the way `npm start` does, when it is missing or stale. */
export function ensureConsoleBuilt(): void {
  const built = spawnSync(
    process.execPath,
    [`${webDir}/scripts/ensure-built.mjs`],
    { stdio: 'inherit' },
  );
  if (built.status !== 0) throw new Error('the console did not build');
}

export interface ConsoleServer {
  url: string;
  app: FastifyInstance;
  test: TestStore;
  close(): Promise<void>;
}

/**
 * The server with the built console on a fresh store (PGlite, or PostgreSQL
 * when TIERLINE_TEST_DATABASE_URL is set) holding the fixture customers and
 * one user per role, listening on a free port.
 */
export async function startConsoleServer(
  seed: (test: TestStore) => Promise<void> = async () => {},
): Promise<ConsoleServer> {
  ensureConsoleBuilt();
  const test = await createTestStore();
  await seedAccounts(test.store);
  await seed(test);

  const app = await buildApp({
    store: test.store,
    config: { logLevel: 'warn' },
    logger: createLogger({ level: 'warn' }),
    webDistDir: distDir,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    app,
    test,
    async close() {
      await app.close();
      await test.dispose();
    },
  };
}

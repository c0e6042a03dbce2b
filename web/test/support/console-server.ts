import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/src/http/app.js';
import { createLogger } from '../../../server/src/platform/logger.js';
import { createUser } from '../../../server/src/users/create-user.js';
import {
  fixturePassword,
  fixtureUsers,
  seedCustomers,
} from '../../../server/test/integration/support/auth-fixtures.js';
import {
  createTestStore,
  type TestStore,
} from '../../../server/test/integration/support/test-store.js';

export { fixturePassword };

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

export interface ConsoleOptions {
  /** The fixture users the file signs in as (each costs a password hash). */
  users: string[];
  /** Called with the store and the fixture customers' ids by code. */
  seed?: (test: TestStore, customerIds: Map<string, number>) => Promise<void>;
}

/**
 * The server with the built console on a fresh store (PGlite, or PostgreSQL
 * when TIERLINE_TEST_DATABASE_URL is set) holding the fixture customers and
 * the named fixture users, listening on a free port.
 */
export async function startConsoleServer(
  options: ConsoleOptions,
): Promise<ConsoleServer> {
  ensureConsoleBuilt();
  const test = await createTestStore();
  const customerIds = await seedCustomers(test.store);
  for (const user of fixtureUsers) {
    if (!options.users.includes(user.username)) continue;
    await createUser(
      test.store,
      { ...user, password: fixturePassword },
      { actor: 'fixture' },
    );
  }
  await options.seed?.(test, customerIds);

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

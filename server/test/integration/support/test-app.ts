import type {
  FastifyInstance,
  InjectOptions,
  LightMyRequestResponse,
} from 'fastify';
import { createApiToken } from '../../../src/auth/api-tokens.js';
import { buildApp } from '../../../src/http/app.js';
import { createLogger } from '../../../src/platform/logger.js';
import { createTestStore, type TestStore } from './test-store.js';

/** One JSON log line of the app, as pino wrote it. */
export interface LogLine {
  level: number;
  msg?: string;
  reqId?: string;
  err?: { type?: string; message?: string; stack?: string };
  [field: string]: unknown;
}

export const logLevels = { debug: 20, info: 30, warn: 40, error: 50 };

export interface TestApp {
  app: FastifyInstance;
  test: TestStore;
  /** Every log line the app wrote so far. */
  logs: LogLine[];
  /** `app.inject()` as an admin, through an API token. */
  inject(options: InjectOptions | string): Promise<LightMyRequestResponse>;
  dispose(): Promise<void>;
}

/** The HTTP app on a fresh store, its log lines kept for assertions. */
export async function createTestApp(
  options: { webDistDir?: string } = {},
): Promise<TestApp> {
  const test = await createTestStore();
  const built = await buildTestApp(test, options);

  return {
    ...built,
    test,
    async dispose() {
      await built.app.close();
      await test.dispose();
    },
  };
}

/** The HTTP app on a given store, which the caller disposes of. */
export async function buildTestApp(
  test: TestStore,
  options: { webDistDir?: string } = {},
): Promise<Pick<TestApp, 'app' | 'logs' | 'inject'>> {
  const logs: LogLine[] = [];
  const logger = createLogger({
    level: 'debug',
    destination: {
      write(line: string) {
        logs.push(JSON.parse(line) as LogLine);
      },
    },
  });

  const app = await buildApp({
    store: test.store,
    config: { logLevel: 'debug' },
    logger,
    // A folder that never holds a build, unless a test brings one.
    webDistDir: options.webDistDir ?? test.env.TIERLINE_DATA_DIR,
  });

  const { token } = await createApiToken(
    test.store,
    { name: `http-test-${Date.now()}`, role: 'admin' },
    { actor: 'test' },
  );
  const inject = (request: InjectOptions | string) => {
    const options = typeof request === 'string' ? { url: request } : request;
    return app.inject({
      ...options,
      headers: { authorization: `Bearer ${token}`, ...options.headers },
    });
  };

  return { app, logs, inject };
}

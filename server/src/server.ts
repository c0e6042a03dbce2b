import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { refreshAccruals } from './accruals/refresh-accruals.js';
import { openStore, type Store } from './db/database.js';
import { businessToday } from './programs/business-date.js';
import { buildApp } from './http/app.js';
import type { Config } from './platform/config.js';
import { createLogger, type Logger } from './platform/logger.js';

export interface RunningServer {
  /** Where the API answers, e.g. http://localhost:3000. */
  url: string;
  app: FastifyInstance;
  store: Store;
  logger: Logger;
  /**
   * Stops accepting connections, lets running requests finish, then closes
   * the store, which releases the data folder. Safe to call more than once.
   */
  close(): Promise<void>;
}

export interface StartOptions {
  /** The command that owns the data folder, for its lock (default serve). */
  command?: string;
  logger?: Logger;
}

/** Opens and migrates the store, then serves the API on config's port. */
export async function startServer(
  config: Config,
  options: StartOptions = {},
): Promise<RunningServer> {
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const store = await openStore(config, {
    command: options.command ?? 'serve',
  });

  await finishPendingAccruals(store, logger);

  let app: FastifyInstance | null = null;
  try {
    app = await buildApp({ store, config, logger });
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app?.close();
    await store.close();
    throw error;
  }

  const url = publicUrl(app, config.host);
  store.lock?.setUrl(url);
  logger.info({ url, store: store.kind }, 'serving');

  const running = app;
  let closing: Promise<void> | null = null;
  return {
    url,
    app: running,
    store,
    logger,
    close() {
      closing ??= closeInOrder(running, store);
      return closing;
    },
  };
}

/**
 * Work an earlier process recorded but did not get to (it stopped between
 * an import's commit and its refresh) is done before serving. A failure is
 * logged and leaves the work recorded for the next refresh.
 */
async function finishPendingAccruals(
  store: Store,
  logger: Logger,
): Promise<void> {
  try {
    const report = await refreshAccruals(store, {
      asOf: businessToday(),
      audit: { actor: 'system' },
    });
    if (report.work > 0) {
      logger.info(
        { work: report.work, vouchers: report.vouchers.length },
        'pending accrual work done',
      );
    }
  } catch (error) {
    logger.error({ err: error }, 'pending accrual work failed; kept');
  }
}

async function closeInOrder(app: FastifyInstance, store: Store): Promise<void> {
  try {
    await app.close();
  } finally {
    await store.close();
  }
}

/**
 * Closes the server on the first SIGINT or SIGTERM and resolves once it is
 * closed; a second signal while closing exits at once.
 */
export function closeOnSignals(server: RunningServer): Promise<void> {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

  return new Promise<void>((resolve, reject) => {
    const onSignal = (signal: NodeJS.Signals) => {
      for (const name of signals) process.removeListener(name, onSignal);
      for (const name of signals) process.once(name, forceExit);
      server.logger.info({ signal }, 'shutting down');

      server.close().then(() => {
        for (const name of signals) process.removeListener(name, forceExit);
        server.logger.info('stopped');
        resolve();
      }, reject);
    };
    for (const name of signals) process.once(name, onSignal);
  });
}

function forceExit(signal: NodeJS.Signals): void {
  process.stderr.write(`tierline: ${signal} again, exiting now\n`);
  process.exit(1);
}

// Loopback and wildcard addresses are shown as localhost, which a browser on
// this machine opens; any other host is shown as configured.
function publicUrl(app: FastifyInstance, host: string): string {
  const { port } = app.server.address() as AddressInfo;
  const local = ['0.0.0.0', '::', '127.0.0.1', '::1', 'localhost'];
  const shown = local.includes(host)
    ? 'localhost'
    : host.includes(':')
      ? `[${host}]`
      : host;
  return `http://${shown}:${port}`;
}

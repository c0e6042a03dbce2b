import type { Command } from 'commander';
import { openStore } from '../../db/database.js';
import { demoActor } from '../../demo/load-demo.js';
import { isDemoIncomplete, isEmptyStore } from '../../demo/store-contents.js';
import { loadConfig } from '../../platform/config.js';
import { closeOnSignals, startServer } from '../../server.js';
import { UserError } from '../cli-errors.js';
import { demoOptions, loadDemoForCli } from './demo.js';

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description(
      'the one command for a first look: migrate the store, load the demo ' +
        'data when it is empty, then serve the API and console',
    )
    .action(async () => {
      const config = loadConfig();
      await prepareStore(config);

      const server = await startServer(config, { command: 'start' }).catch(
        (error: unknown) => {
          throw isAddressInUse(error)
            ? new UserError(
                `Port ${config.port} on ${config.host} is in use: set PORT ` +
                  'to another port, or stop what holds it.',
              )
            : error;
        },
      );
      console.log(`Tierline is running at ${server.url}`);

      await closeOnSignals(server);
    });
}

/** Migrates the store and, on the first run, fills it with the demo. */
async function prepareStore(
  config: ReturnType<typeof loadConfig>,
): Promise<void> {
  // The store is closed again before serving: the embedded store has one
  // owner at a time, and the server opens its own.
  const store = await openStore(config, { command: 'start' });
  try {
    if (await isEmptyStore(store)) {
      console.log('First run: the store is empty.');
      await loadDemoForCli(store, demoOptions({}));
    } else if (await isDemoIncomplete(store, demoActor)) {
      console.warn(
        `The demo load into ${store.location} was interrupted and the store ` +
          'holds only part of it. To load it whole, start again with a ' +
          'fresh data folder (TIERLINE_DATA_DIR) or an empty database.',
      );
    }
  } finally {
    await store.close();
  }
}

function isAddressInUse(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
  );
}

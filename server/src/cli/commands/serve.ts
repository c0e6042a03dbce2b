import type { Command } from 'commander';
import { loadConfig } from '../../platform/config.js';
import { closeOnSignals, startServer } from '../../server.js';
import { UserError } from '../cli-errors.js';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API, its docs at /docs and the web console')
    .option('-p, --port <port>', 'port to listen on (env PORT, default 3000)')
    .option(
      '--host <host>',
      'address to listen on (env HOST, default 127.0.0.1)',
    )
    .action(async (options: { port?: string; host?: string }) => {
      const env = { ...process.env };
      if (options.port !== undefined) env.PORT = options.port;
      if (options.host !== undefined) env.HOST = options.host;
      const config = loadConfig(env);

      const server = await startServer(config).catch((error: unknown) => {
        throw isAddressInUse(error)
          ? new UserError(
              `Port ${config.port} on ${config.host} is in use: choose ` +
                'another with --port or PORT, or stop what holds it.',
            )
          : error;
      });
      console.log(`Tierline is running at ${server.url}`);

      await closeOnSignals(server);
    });
}

function isAddressInUse(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
  );
}

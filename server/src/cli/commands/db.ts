import type { Command } from 'commander';
import { withStore } from '../with-store.js';

export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('database maintenance');

  db.command('migrate')
    .description('apply pending migrations to the configured store')
    .action(async () => {
      await withStore(
        'db migrate',
        async (store) => {
          await store.migrate();
          console.log(`Migrations applied to ${store.location}`);
        },
        { migrate: false },
      );
    });
}

import { Option, type Command } from 'commander';
import { importKinds, type ImportKind } from '../../db/schema.js';
import { listImportBatches } from '../../imports/run-import.js';
import { UserError } from '../cli-errors.js';
import { withStore } from '../with-store.js';

interface ListOptions {
  json?: boolean;
  kind?: ImportKind;
  limit: string;
}

export function registerImportsCommands(program: Command): void {
  const imports = program
    .command('imports')
    .description('recorded import batches');

  imports
    .command('list')
    .description('list import batches, newest first')
    .addOption(
      new Option('--kind <kind>', 'only batches of this kind').choices(
        importKinds,
      ),
    )
    .option('--limit <n>', 'how many batches', '50')
    .option('--json', 'print the batches as JSON')
    .action(async (options: ListOptions) => {
      const limit = Number.parseInt(options.limit, 10);
      if (!Number.isInteger(limit) || limit < 1) {
        throw new UserError('--limit must be a positive whole number');
      }

      const page = await withStore('imports list', (store) =>
        listImportBatches(store, { limit, kind: options.kind }),
      );
      if (options.json) {
        console.log(JSON.stringify(page, null, 2));
        return;
      }
      if (page.items.length === 0) {
        console.log('No imports yet.');
        return;
      }
      for (const batch of page.items) {
        const { rows } = batch;
        console.log(
          `#${batch.id}  ${batch.startedAt}  ${batch.kind.padEnd(9)} ` +
            `${batch.status.padEnd(9)} ${batch.fileName}  ` +
            `${rows.total} rows: ${rows.new} new, ${rows.updated} updated, ` +
            `${rows.duplicate} duplicate, ${rows.bad} bad  (${batch.actor})`,
        );
      }
      if (page.total > page.items.length) {
        console.log(`(${page.items.length} of ${page.total} batches shown)`);
      }
    });
}

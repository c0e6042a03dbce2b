import { InvalidArgumentError, type Command } from 'commander';
import { dayFromIso, todayIso } from '../../demo/calendar.js';
import { defaultDemoSize, type DemoOptions } from '../../demo/dataset.js';
import { DemoStoreNotEmptyError } from '../../demo/demo-errors.js';
import { formatDemoSummary } from '../../demo/demo-summary.js';
import { loadDemo } from '../../demo/load-demo.js';
import type { Store } from '../../db/database.js';
import { createDemoUsers } from '../../users/demo-users.js';
import { UserError } from '../cli-errors.js';
import { withStore } from '../with-store.js';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description(
      'fill an empty store with a realistic demo data set: ~300 customers, ' +
        '~400 products, two years of sales, four active programs',
    )
    .option('--seed <number>', 'seed of the generator', parseSeed)
    .option(
      '--as-of <date>',
      'the last day of the sales history (default: today, Asia/Shanghai)',
    )
    .action(async (options: { seed?: number; asOf?: string }) => {
      await withStore('demo', async (store) => {
        await loadDemoForCli(store, demoOptions(options));
      });
    });
}

export function demoOptions(overrides: {
  seed?: number;
  asOf?: string;
}): DemoOptions {
  const asOf = overrides.asOf ?? todayIso();
  try {
    dayFromIso(asOf);
  } catch {
    throw new UserError(
      `--as-of must be a date like 2026-06-30, got "${asOf}"`,
    );
  }
  return {
    ...defaultDemoSize,
    seed: overrides.seed ?? defaultDemoSize.seed,
    asOf,
  };
}

/** Loads the demo with progress on the terminal; user errors stay plain. */
export async function loadDemoForCli(
  store: Store,
  options: DemoOptions,
): Promise<void> {
  console.log(`Loading the demo data into ${store.location} ...`);
  try {
    const summary = await loadDemo(store, options, (step) =>
      console.log(`  ${step}`),
    );
    console.log(formatDemoSummary(summary, store.location));

    const credentials = await createDemoUsers(store);
    console.log(
      'Demo sign-ins (published passwords: never use them for real data):',
    );
    for (const credential of credentials) {
      console.log(
        `  ${credential.username.padEnd(9)} ${credential.password.padEnd(22)} ${credential.role}`,
      );
    }
  } catch (error) {
    if (error instanceof DemoStoreNotEmptyError) {
      throw new UserError(error.message);
    }
    throw error;
  }
}

function parseSeed(value: string): number {
  const seed = Number(value);
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new InvalidArgumentError('a whole number is needed.');
  }
  return seed;
}

import fs from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import {
  calculate,
  isIsoDate,
  parseProgram,
  toCalculateJson,
  type CalculateJson,
  type Program,
} from '@tierline/engine';
import { todayIn } from '../../calculation/as-of-date.js';
import { calculateCsv } from '../../calculation/calculate-csv.js';
import {
  calculateTable,
  warningLines,
} from '../../calculation/calculate-table.js';
import {
  calculateStore,
  storeCustomerNames,
} from '../../calculation/calculate-store.js';
import { loadCalculationInput } from '../../files/load-calculation-input.js';
import { UserError } from '../cli-errors.js';
import { withStore } from '../with-store.js';

const FORMATS = ['json', 'csv', 'table'] as const;
type Format = (typeof FORMATS)[number];

interface CalculateOptions {
  program: string[];
  customers?: string;
  products?: string;
  sales?: string;
  targets?: string;
  asOf?: string;
  format: Format;
  store?: boolean;
}

interface Calculated {
  json: CalculateJson;
  customerNames: ReadonlyMap<string, string>;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** `tierline calculate` (DESIGN §4.4), over files or over the whole store. */
export function registerCalculateCommand(program: Command): void {
  program
    .command('calculate')
    .description(
      'calculate rebates (DESIGN §4.4): programs over customers, products, ' +
        'sales and targets files, or with --store every active program ' +
        'over every stored line',
    )
    .option(
      '--program <file>',
      'a program file (.yaml or .json); repeat',
      collect,
      [],
    )
    .option('--customers <file>', 'customers.csv or .xlsx')
    .option('--products <file>', 'products.csv or .xlsx')
    .option('--sales <file>', 'sales.csv or .xlsx')
    .option('--targets <file>', 'targets.csv or .xlsx (optional)')
    .option(
      '--as-of <date>',
      'the last day whose facts count, YYYY-MM-DD (default: today in ' +
        'Asia/Shanghai, or in the zone TZ names)',
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(FORMATS)
        .default('json'),
    )
    .option('--store', 'calculate over the store instead of files')
    .action(async (options: CalculateOptions) => {
      const asOf = asOfDate(options.asOf);
      const calculated = options.store
        ? await fromStore(options, asOf)
        : await fromFiles(options, asOf);

      process.stdout.write(render(calculated, options.format));
    });
}

function asOfDate(text: string | undefined): string {
  if (text === undefined) {
    try {
      return todayIn();
    } catch {
      throw new UserError(`TZ="${process.env.TZ ?? ''}" is not a time zone`);
    }
  }
  if (!isIsoDate(text)) {
    throw new UserError(`--as-of ${text}: not a YYYY-MM-DD date`);
  }

  return text;
}

function render(calculated: Calculated, format: Format): string {
  const { json } = calculated;
  if (format === 'json') return `${JSON.stringify(json, null, 2)}\n`;

  for (const warning of warningLines(json)) console.error(warning);

  return format === 'csv'
    ? calculateCsv(json)
    : calculateTable(json, { customers: calculated.customerNames });
}

async function fromStore(
  options: CalculateOptions,
  asOf: string,
): Promise<Calculated> {
  const fileOptions = [
    options.program.length > 0 ? '--program' : null,
    options.customers === undefined ? null : '--customers',
    options.products === undefined ? null : '--products',
    options.sales === undefined ? null : '--sales',
    options.targets === undefined ? null : '--targets',
  ].filter((option) => option !== null);
  if (fileOptions.length > 0) {
    throw new UserError(
      `--store reads the store, not files: leave out ${fileOptions.join(', ')}`,
    );
  }

  return withStore('calculate', async (store) => {
    const output = await calculateStore(store, asOf);
    const customerNames =
      options.format === 'table' ? await storeCustomerNames(store) : new Map();

    return { json: toCalculateJson(output), customerNames };
  });
}

async function fromFiles(
  options: CalculateOptions,
  asOf: string,
): Promise<Calculated> {
  const { customers, products, sales } = options;
  if (options.program.length === 0) {
    throw new UserError('give at least one --program file (or use --store)');
  }
  if (!customers || !products || !sales) {
    throw new UserError('--customers, --products and --sales are required');
  }

  const programs = readPrograms(options.program);
  const loaded = await loadCalculationInput(
    { customers, products, sales, targets: options.targets ?? null },
    programs,
  );
  if (!loaded.ok) {
    for (const problem of loaded.problems) {
      const column = problem.column ?? '-';
      console.error(
        `${problem.file}: row ${String(problem.row)}, ${column}: ` +
          `${problem.message} (${problem.code})`,
      );
    }
    throw new UserError(
      `${String(loaded.problems.length)} bad rows: nothing was calculated`,
    );
  }

  const output = calculate({ programs, asOf, ...loaded.data });

  return {
    json: toCalculateJson(output),
    customerNames: new Map(
      loaded.data.customers.map((customer) => [customer.code, customer.name]),
    ),
  };
}

/** Every problem of every file, each with its path in the file, or none. */
function readPrograms(files: readonly string[]): Program[] {
  const programs: Program[] = [];
  const problems: string[] = [];

  for (const file of files) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      problems.push(`${file}: cannot read the file: ${reason}`);
      continue;
    }

    const parsed = parseProgram(text, path.basename(file));
    if (parsed.ok) programs.push(parsed.program);
    else {
      for (const problem of parsed.problems) {
        problems.push(
          `${file}: ${problem.path || '(file)'}: ${problem.message}`,
        );
      }
    }
  }

  if (problems.length > 0) {
    for (const problem of problems) console.error(problem);
    throw new UserError(
      `${String(problems.length)} problems in the program files: nothing ` +
        'was calculated',
    );
  }

  return programs;
}

import fs from 'node:fs';
import { Option, type Command } from 'commander';
import { allData, scopeFor } from '../../auth/scope.js';
import type { Store } from '../../db/database.js';
import { activateProgram } from '../../programs/activate-program.js';
import { approveProgramVersion } from '../../programs/approve-program-version.js';
import { businessToday } from '../../programs/business-date.js';
import { closeProgram } from '../../programs/close-program.js';
import { exportProgramVersion } from '../../programs/export-program-version.js';
import { getProgram } from '../../programs/get-program.js';
import { listPrograms } from '../../programs/list-programs.js';
import {
  programFileFormats,
  type ProgramFileFormat,
} from '../../programs/program-file.js';
import type { ProgramDetail } from '../../programs/program-schemas.js';
import { rejectProgramVersion } from '../../programs/reject-program-version.js';
import { submitProgramVersion } from '../../programs/submit-program-version.js';
import { currentVersionAt } from '../../programs/version-in-force.js';
import { UserError } from '../cli-errors.js';
import { withStore as openStoreFor } from '../with-store.js';
import { actingUser, asUserOption } from './acting-user.js';
import { importProgramFile } from './program-import.js';
import {
  asUserError,
  describeProgram,
  programTable,
} from './program-output.js';

interface AsOptions {
  as: string;
}

interface VersionOptions extends AsOptions {
  version?: string;
}

/** Opens the store; refusals of the program rules print as messages. */
async function withStore<T>(
  command: string,
  fn: (store: Store) => Promise<T>,
): Promise<T> {
  try {
    return await openStoreFor(command, fn);
  } catch (error) {
    throw asUserError(error);
  }
}

function versionNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const number = Number(text);
  if (!Number.isInteger(number) || number < 1) {
    throw new UserError('--version takes a version number: 1, 2, 3 ...');
  }
  return number;
}

const versionOption = () =>
  new Option('--version <n>', 'the version (default: the open one)');

/**
 * `tierline program ...`: every step of a program's life (DESIGN §5), done
 * as a named user (`--as`, or TIERLINE_USER) directly on the store.
 */
export function registerProgramCommands(program: Command): void {
  const command = program
    .command('program')
    .description(
      'rebate programs: import, submit, approve, reject, activate, close, ' +
        'export, list; an operator tool that acts as the user named by --as',
    );

  command
    .command('import')
    .description(
      'import a tierline/program@1 file (.yaml or .json): a new code ' +
        'becomes a draft program; for a known one the file replaces your ' +
        'open draft, or becomes a new version',
    )
    .argument('<file>')
    .option(
      '--effective-from <date>',
      'the period start a new version of an approved program applies from',
    )
    .addOption(asUserOption())
    .action(
      async (file: string, options: AsOptions & { effectiveFrom?: string }) => {
        const result = await withStore('program import', (store) =>
          importProgramFile(store, file, options.as, options.effectiveFrom),
        );
        console.log(describeProgram(result));
      },
    );

  const steps = [
    ['submit', 'submit a draft version for approval', 'programs.submit'],
    [
      'approve',
      "approve a submitted version (never one's own)",
      'programs.approve',
    ],
  ] as const;
  for (const [name, description, action] of steps) {
    command
      .command(name)
      .description(description)
      .argument('<code>')
      .addOption(versionOption())
      .addOption(asUserOption())
      .action(async (code: string, options: VersionOptions) => {
        const version = versionNumber(options.version);
        const result = await withStore(`program ${name}`, async (store) => {
          const actor = await actingUser(store, options.as, action);
          return name === 'submit'
            ? submitProgramVersion(store, code, version, actor)
            : approveProgramVersion(store, code, version, actor);
        });
        console.log(describeProgram(result));
      });
  }

  command
    .command('reject')
    .description('reject a submitted version, with the reason')
    .argument('<code>')
    .requiredOption('--reason <text>', 'why, for the author and the audit log')
    .addOption(versionOption())
    .addOption(asUserOption())
    .action(
      async (code: string, options: VersionOptions & { reason: string }) => {
        const version = versionNumber(options.version);
        const result = await withStore('program reject', async (store) => {
          const actor = await actingUser(store, options.as, 'programs.approve');
          return rejectProgramVersion(
            store,
            code,
            version,
            options.reason,
            actor,
          );
        });
        console.log(describeProgram(result));
      },
    );

  registerProgramStateCommands(command);
  registerProgramReadCommands(command);
}

function registerProgramStateCommands(command: Command): void {
  command
    .command('activate')
    .description('activate an approved program')
    .argument('<code>')
    .addOption(asUserOption())
    .action(async (code: string, options: AsOptions) => {
      const result = await withStore('program activate', async (store) => {
        const actor = await actingUser(store, options.as, 'programs.activate');
        return activateProgram(store, code, actor);
      });
      console.log(describeProgram(result));
    });

  command
    .command('close')
    .description('close an active program')
    .argument('<code>')
    .option('--reason <text>', 'why, for the audit log')
    .addOption(asUserOption())
    .action(async (code: string, options: AsOptions & { reason?: string }) => {
      const result = await withStore('program close', async (store) => {
        const actor = await actingUser(store, options.as, 'programs.close');
        return closeProgram(store, code, options.reason, actor);
      });
      console.log(describeProgram(result));
    });
}

function registerProgramReadCommands(command: Command): void {
  command
    .command('export')
    .description(
      'print a version as a tierline/program@1 file (default: the version ' +
        'in force today, else the newest)',
    )
    .argument('<code>')
    .addOption(new Option('--version <n>', 'the version'))
    .addOption(
      new Option('--format <format>', 'the file format')
        .choices(programFileFormats)
        .default('yaml'),
    )
    .option('--output <file>', 'write the file here instead of stdout')
    .addOption(asUserOption())
    .action(
      async (
        code: string,
        options: VersionOptions & {
          format: ProgramFileFormat;
          output?: string;
        },
      ) => {
        const file = await withStore('program export', async (store) => {
          await actingUser(store, options.as, 'programs.file');
          const version =
            versionNumber(options.version) ??
            defaultVersion(
              await getProgram(store, code, allData, businessToday()),
            );
          return exportProgramVersion(store, code, version, options.format);
        });
        if (options.output) fs.writeFileSync(options.output, file.text);
        else process.stdout.write(file.text);
      },
    );

  command
    .command('list')
    .description('list the programs the user may see')
    .option('--json', 'print the programs as JSON')
    .addOption(asUserOption())
    .action(async (options: AsOptions & { json?: boolean }) => {
      const page = await withStore('program list', async (store) => {
        const actor = await actingUser(store, options.as, 'programs.read');
        return listPrograms(
          store,
          { asOf: businessToday(), limit: 500 },
          scopeFor(actor.principal, 'programs.read'),
        );
      });
      if (options.json) console.log(JSON.stringify(page.items, null, 2));
      else console.table(programTable(page.items));
    });
}

function defaultVersion(program: Awaited<ReturnType<typeof getProgram>>) {
  if (program.view !== 'full') throw new UserError('no such program');
  return (
    currentVersionAt(program.versions, businessToday())?.version ??
    latest(program)
  );
}

function latest(program: ProgramDetail): number {
  return Math.max(...program.versions.map((version) => version.version));
}

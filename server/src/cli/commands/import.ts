import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { readLockOwner } from '../../db/data-dir-lock.js';
import { importKinds, type ImportKind } from '../../db/schema.js';
import { formatImportReport } from '../../imports/format-report.js';
import { runImport, type ImportReport } from '../../imports/run-import.js';
import {
  uploadImport,
  UploadRefusedError,
} from '../../imports/upload-import.js';
import { loadConfig } from '../../platform/config.js';
import { UserError } from '../cli-errors.js';
import { withStore } from '../with-store.js';
import { importProgress, type ProgressMode } from './import-progress.js';
import { registerImportsCommands } from './imports.js';

interface ImportCommandOptions {
  skipBad?: boolean;
  json?: boolean;
  progress: ProgressMode;
}

/** `tierline import <kind> <file>` and `tierline imports list`. */
export function registerImportCommands(program: Command): void {
  registerImportsCommands(program);
  program
    .command('import')
    .description(
      'import customers, products, sales lines or targets from a CSV or ' +
        'XLSX file (UTF-8 or GB18030, English or Chinese headers)',
    )
    .addArgument(
      program
        .createArgument('<kind>', 'what the file holds')
        .choices(importKinds),
    )
    .argument('<file>', 'the .csv or .xlsx file')
    .option('--skip-bad', 'store the good rows even when some rows are bad')
    .option('--json', 'print the report as JSON')
    .addOption(
      new Option('--progress <mode>', 'progress on stderr')
        .choices(['auto', 'bar', 'lines', 'none'])
        .default('auto'),
    )
    .action(
      async (kind: ImportKind, file: string, options: ImportCommandOptions) => {
        const report = await importFile(kind, file, options);
        console.log(
          options.json
            ? JSON.stringify(report, null, 2)
            : formatImportReport(report),
        );
        if (report.status === 'rejected') process.exitCode = 1;
      },
    );
}

async function importFile(
  kind: ImportKind,
  file: string,
  options: ImportCommandOptions,
): Promise<ImportReport> {
  const size = fileSize(file);
  const progress = importProgress(options.progress, size);
  const config = loadConfig();

  try {
    // The embedded store has one owner: when it is a running server, the
    // file goes through its API instead of a second open of the folder.
    const serverUrl = config.databaseUrl
      ? null
      : (readLockOwner(config.dataDir)?.url ?? null);
    if (serverUrl) {
      return await uploadTo(serverUrl, kind, file, options, progress.bytes);
    }

    return await withStore(`import ${kind}`, async (store) => {
      const report = await runImport(store, {
        kind,
        fileName: path.basename(file),
        source: fs.createReadStream(file),
        actor: cliActor(),
        skipBad: options.skipBad === true,
        onProgress: progress.update,
      });
      return report;
    });
  } finally {
    progress.stop();
  }
}

async function uploadTo(
  url: string,
  kind: ImportKind,
  file: string,
  options: ImportCommandOptions,
  onProgress: (bytes: number) => void,
): Promise<ImportReport> {
  try {
    return await uploadImport({
      url,
      kind,
      file,
      skipBad: options.skipBad === true,
      token: process.env.TIERLINE_TOKEN ?? null,
      onProgress,
    });
  } catch (error) {
    if (!(error instanceof UploadRefusedError)) {
      throw new UserError(
        `the running server at ${url} could not be reached ` +
          `(${error instanceof Error ? error.message : String(error)})`,
      );
    }
    if (error.status === 401 || error.status === 403) {
      throw new UserError(
        `the running server at ${url} refused the import (${error.message}). ` +
          'Create an API token with import rights (tierline token create) ' +
          'and set TIERLINE_TOKEN, or stop the server to import directly.',
      );
    }
    const details = error.details.map((detail) => JSON.stringify(detail));
    throw new UserError(
      [
        `the server at ${url} refused the import: ${error.message}`,
        ...details,
      ].join('\n  '),
    );
  }
}

function fileSize(file: string): number {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new UserError(`${file} is not a file`);
    return stat.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot read ${file}: no such file`);
  }
}

function cliActor(): string {
  return `cli:${os.userInfo().username}`;
}

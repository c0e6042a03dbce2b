import { parseProgram } from '@tierline/engine';
import { refreshAccruals } from '../accruals/refresh-accruals.js';
import type { Store } from '../db/database.js';
import {
  runImport,
  type ImportKind,
  type ImportProgress,
  type ImportReport,
} from '../imports/run-import.js';
import { seedActiveProgram } from '../programs/seed-active-program.js';
import { signDemoAgreements } from './agreements.js';
import { dayParts } from './calendar.js';
import { planDemo, type DemoOptions } from './dataset.js';
import {
  DemoImportRejectedError,
  DemoStoreNotEmptyError,
} from './demo-errors.js';
import { customersCsv, productsCsv, salesCsv, targetsCsv } from './files.js';
import {
  demoProgramCodes,
  demoPrograms,
  targetProgramTag,
  type ProgramDocument,
} from './programs.js';
import { SalesStats } from './sales-stats.js';
import {
  describeContents,
  isEmptyStore,
  readStoreContents,
} from './store-contents.js';
import { demoTargets } from './targets.js';

export const demoActor = 'demo';

const progressEveryLines = 100_000;

export interface DemoSummary {
  customers: number;
  products: number;
  salesLines: number;
  returnLines: number;
  firstDate: string | null;
  lastDate: string | null;
  /** sha256 of the generated sales file, the same for the same options. */
  salesSha256: string;
  programCodes: string[];
  targets: number;
  durationMs: number;
}

/**
 * Fills an empty store with the demo data set, through the same import path
 * a user's files take, then adds the four example programs (active).
 */
export async function loadDemo(
  store: Store,
  options: DemoOptions,
  log: (message: string) => void = () => undefined,
): Promise<DemoSummary> {
  const started = performance.now();
  if (!(await isEmptyStore(store))) {
    const contents = await readStoreContents(store);
    throw new DemoStoreNotEmptyError(
      store.location,
      describeContents(contents),
    );
  }

  const dataset = planDemo(options);
  log(`importing ${dataset.customers.length} customers`);
  await importDemoFile(store, 'customers', customersCsv(dataset));
  log(`importing ${dataset.products.length} products`);
  await importDemoFile(store, 'products', productsCsv(dataset));

  log('importing the sales lines');
  const stats = new SalesStats();
  let nextReport = progressEveryLines;
  const salesReport = await importDemoFile(
    store,
    'sales',
    salesCsv(dataset, (line) => stats.add(line)),
    ({ rows }) => {
      if (rows < nextReport) return;
      log(`  ${rows.toLocaleString('en-US')} lines read`);
      nextReport += progressEveryLines;
    },
  );

  const context = {
    year: dayParts(dataset.endDay).year,
    customers: dataset.customers,
    stats,
  };
  const documents = demoPrograms(context);
  log(`adding ${documents.length} programs`);
  await storePrograms(store, documents);

  const targets = demoTargets(
    context,
    demoProgramCodes(context.year).target,
    targetProgramTag,
  );
  log(`importing ${targets.length} customer targets`);
  await importDemoFile(store, 'targets', targetsCsv(targets));
  const signed = await signDemoAgreements(
    store,
    demoProgramCodes(context.year).target,
    { actor: demoActor },
  );
  log(`signed ${signed} agreements`);

  log('computing and booking the accruals');
  await refreshAccruals(store, {
    asOf: options.asOf,
    audit: { actor: demoActor },
  });

  return {
    customers: dataset.customers.length,
    products: dataset.products.length,
    salesLines: salesReport.rows.new,
    returnLines: stats.returnLines,
    firstDate: stats.firstDate,
    lastDate: stats.lastDate,
    salesSha256: salesReport.sha256,
    programCodes: documents.map((document) => document.code),
    targets: targets.length,
    durationMs: Math.round(performance.now() - started),
  };
}

async function importDemoFile(
  store: Store,
  kind: ImportKind,
  source: AsyncIterable<Buffer>,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportReport> {
  const report = await runImport(store, {
    kind,
    fileName: `demo-${kind}.csv`,
    source,
    actor: demoActor,
    // The demo's accruals are computed once, after its programs.
    refreshAccruals: false,
    ...(onProgress ? { onProgress } : {}),
  });
  if (report.status !== 'committed' || report.rows.bad > 0) {
    const sample = JSON.stringify(report.badRows.slice(0, 3));
    throw new DemoImportRejectedError(
      `the demo's ${kind} file was rejected (${report.rows.bad} bad rows, ` +
        `first: ${sample})`,
    );
  }
  return report;
}

async function storePrograms(
  store: Store,
  documents: readonly ProgramDocument[],
): Promise<void> {
  for (const document of documents) {
    const parsed = parseProgram(
      JSON.stringify(document),
      `${document.code}.json`,
    );
    if (!parsed.ok) {
      const problems = parsed.problems
        .map((problem) => `${problem.path}: ${problem.message}`)
        .join('; ');
      throw new Error(`demo program ${document.code} is invalid: ${problems}`);
    }
  }

  for (const document of documents) {
    await seedActiveProgram(store, document, { actor: demoActor });
  }
}

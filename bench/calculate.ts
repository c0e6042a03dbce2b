// Measures the fast path of the calculation (issue 3, item 5) on generated
// data: N sales lines × 1,000 programs × 50,000 customers loaded with COPY
// into a fresh PostgreSQL database, then, in the same run, PostgreSQL's bare
// aggregate of the matching join, COPY TO STDOUT into typed columns, the
// kernel in memory beside a minimal hand-written aggregation, and
// calculateStore end to end; then calculateStore on PGlite over fewer
// lines. Writes the "Calculation" section of docs/benchmarks.md. Run on
// demand, never in tests:
//
//   NODE_OPTIONS=--max-old-space-size=8192 npx tsx bench/calculate.ts \
//     [--lines 10000000] [--programs 1000] [--customers 50000] \
//     [--pglite-lines 1000000] [--runs 2] [--no-write]
//
// BENCH_DATABASE_URL names a PostgreSQL database allowed to create and drop
// databases (default postgres://postgres@127.0.0.1:5432/postgres).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchDatabase } from './bench-database.js';
import { openStore, type Store } from '../server/src/db/database.js';
import type { BenchShape } from './calculate-data.js';
import { benchData, loadBenchStore } from './calculate-load.js';
import {
  copyIntoColumns,
  endToEnd,
  kernelTimes,
  sqlAggregate,
  timed,
  type KernelTimes,
} from './calculate-measure.js';
import { calculationSection, writeSection } from './calculate-report.js';

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);

  return index < 0 ? undefined : process.argv[index + 1];
}

function count(name: string, fallback: number): number {
  const text = argValue(name);
  const value = text === undefined ? fallback : Number.parseInt(text, 10);
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new Error(`${name} takes a whole number`);
  }

  return value;
}

const shape: BenchShape = {
  lines: count('--lines', 10_000_000),
  programs: count('--programs', 1_000),
  customers: count('--customers', 50_000),
  products: 2_000,
};
const pgliteLines = count('--pglite-lines', 1_000_000);
const runs = Math.max(1, count('--runs', 2));

function best(values: readonly number[]): number {
  return Math.min(...values);
}

async function repeat(work: () => Promise<number>): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) times.push(await work());

  return times;
}

export interface PostgresResults {
  loadMs: number;
  sqlMs: number[];
  sqlGroups: string;
  copyMs: number[];
  kernel: KernelTimes[];
  endToEndMs: number[];
  rows: number;
}

async function onPostgres(): Promise<PostgresResults> {
  const database = await benchDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierline-bench-'));
  let store: Store | null = null;

  try {
    store = await openStore(
      { databaseUrl: database.url, dataDir },
      { command: 'bench' },
    );
    const opened = store;
    const data = benchData(shape);
    console.log(
      `loading ${String(shape.lines)} lines into ${database.name} ...`,
    );
    const load = await timed(() =>
      loadBenchStore(opened, shape, data, shape.lines),
    );
    console.log(`loaded in ${seconds(load.ms)}`);

    let sqlGroups = '';
    const sqlMs = await repeat(async () => {
      const result = await sqlAggregate(opened);
      sqlGroups = result.value;
      console.log(`SQL aggregate ${seconds(result.ms)} (${sqlGroups} groups)`);

      return result.ms;
    });

    const kernel: KernelTimes[] = [];
    const copyMs = await repeat(async () => {
      const columns = await copyIntoColumns(opened);
      console.log(`COPY into columns ${seconds(columns.ms)}`);
      const times = await kernelTimes(columns);
      console.log(
        `minimal ${seconds(times.minimalMs)}, kernel aggregate ` +
          `${seconds(times.aggregateMs)}, kernel with rows ` +
          `${seconds(times.fullMs)} (${String(times.rows)} rows)`,
      );
      kernel.push(times);

      return columns.ms;
    });

    let rows = 0;
    const endToEndMs = await repeat(async () => {
      const result = await endToEnd(opened);
      rows = result.value;
      console.log(
        `calculateStore ${seconds(result.ms)} (${String(rows)} rows)`,
      );

      return result.ms;
    });

    return {
      loadMs: load.ms,
      sqlMs,
      sqlGroups,
      copyMs,
      kernel,
      endToEndMs,
      rows,
    };
  } finally {
    await store?.close();
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export interface PgliteResults {
  lines: number;
  loadMs: number;
  endToEndMs: number;
  rows: number;
}

async function onPglite(): Promise<PgliteResults | null> {
  if (pgliteLines === 0) return null;

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierline-bench-'));
  const store = await openStore(
    { databaseUrl: null, dataDir },
    { command: 'bench' },
  );
  try {
    const pgliteShape = { ...shape, lines: pgliteLines };
    console.log(`PGlite: loading ${String(pgliteLines)} lines ...`);
    const load = await timed(() =>
      loadBenchStore(store, pgliteShape, benchData(pgliteShape), 100_000),
    );
    const run = await endToEnd(store);
    console.log(
      `PGlite: loaded in ${seconds(load.ms)}, calculateStore ` +
        `${seconds(run.ms)} (${String(run.value)} rows)`,
    );

    return {
      lines: pgliteLines,
      loadMs: load.ms,
      endToEndMs: run.ms,
      rows: run.value,
    };
  } finally {
    await store.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toLocaleString('en-US', { maximumFractionDigits: 1 })} s`;
}

const loadBefore = os.loadavg();
const postgres = await onPostgres();
const pglite = await onPglite();
const section = calculationSection({
  shape,
  postgres,
  pglite,
  runs,
  loadBefore,
  loadAfter: os.loadavg(),
  best,
});
console.log(`\n${section}`);
if (!process.argv.includes('--no-write')) {
  writeSection('docs/benchmarks.md', 'Calculation', section);
  console.log('written to docs/benchmarks.md');
}

// Measures the sales import against each store's own raw COPY of the same
// rows, in the same run: PostgreSQL (a fresh database on the server) and
// PGlite (a fresh data folder). Prints lines/s, the ratio, and the import's
// resident memory peak. Run on demand, never in tests:
//
//   npx tsx bench/import.ts [--lines 1000000] [--pglite-lines N]
//     [--preload N] [--store postgres|pglite|both]
//
// BENCH_DATABASE_URL names a PostgreSQL database allowed to create and drop
// databases (default postgres://postgres@127.0.0.1:5432/postgres).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { benchDatabase } from './bench-database.js';
import { openStore, type Store } from '../server/src/db/database.js';
import { runImport } from '../server/src/imports/run-import.js';
import {
  customersCsv,
  productsCsv,
  salesLine,
  writeSalesCsv,
} from '../server/test/support/generated-files.js';

const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'out');
const lines = Number.parseInt(argValue('--lines') ?? '1000000', 10);
const pgliteLines = Number.parseInt(
  argValue('--pglite-lines') ?? String(lines),
  10,
);
const preload = Number.parseInt(argValue('--preload') ?? '0', 10);
const which = argValue('--store') ?? 'both';
const master = { customers: 5_000, products: 400 };
const PGLITE_SLICE_ROWS = 50_000;

interface Result {
  store: string;
  lines: number;
  preloaded: number;
  importMs: number;
  copyMs: number;
  /** Resident memory of the process just before the import. */
  baseRssMb: number;
  peakRssMb: number;
}

fs.mkdirSync(outDir, { recursive: true });
console.log(machine());
const results: Result[] = [];

if (which !== 'pglite') results.push(await benchPostgres(lines));
if (which !== 'postgres') results.push(await benchPglite(pgliteLines));

console.log(
  '\n| store | lines | already stored | import | raw COPY | ratio | RSS before → peak |',
);
console.log('|---|---|---|---|---|---|---|');
for (const result of results) {
  const importRate = rate(result.lines, result.importMs);
  const copyRate = rate(result.lines, result.copyMs);
  console.log(
    `| ${result.store} | ${result.lines.toLocaleString('en')} | ` +
      `${result.preloaded.toLocaleString('en')} | ` +
      `${seconds(result.importMs)} (${perSecond(importRate)}) | ` +
      `${seconds(result.copyMs)} (${perSecond(copyRate)}) | ` +
      `${(importRate / copyRate).toFixed(2)}× | ` +
      `${result.baseRssMb} → ${result.peakRssMb} MB |`,
  );
}

async function benchPostgres(count: number): Promise<Result> {
  const salesFile = await salesFileOf(count);
  const importDb = await benchDatabase();
  const copyDb = await benchDatabase();
  try {
    return await measureStore('PostgreSQL 15', count, salesFile, {
      open: (role) =>
        openBenchStore(
          role === 'import' ? importDb.url : copyDb.url,
          `pg-${role}`,
        ),
      sliceRows: null,
    });
  } finally {
    await importDb.drop();
    await copyDb.drop();
  }
}

async function benchPglite(count: number): Promise<Result> {
  const salesFile = await salesFileOf(count);
  const dirs = {
    import: freshDir('pglite-import'),
    copy: freshDir('pglite-copy'),
  };
  try {
    return await measureStore('PGlite 0.5', count, salesFile, {
      open: (role) => openBenchStore(null, dirs[role]),
      sliceRows: PGLITE_SLICE_ROWS,
    });
  } finally {
    fs.rmSync(dirs.import, { recursive: true, force: true });
    fs.rmSync(dirs.copy, { recursive: true, force: true });
  }
}

/**
 * The import into one fresh store, then (that store closed, so memory is
 * its own) the raw COPY of the same rows into another.
 */
async function measureStore(
  name: string,
  count: number,
  salesFile: string,
  stores: {
    open(role: 'import' | 'copy'): Promise<Store>;
    sliceRows: number | null;
  },
): Promise<Result> {
  const importStore = await stores.open('import');
  let measured: Awaited<ReturnType<typeof measureImport>>;
  let copyFile: string;
  try {
    await preloadLines(importStore, preload);
    measured = await measureImport(importStore, salesFile);
    copyFile = await exportStoredRows(importStore);
  } finally {
    await importStore.close();
  }

  const copyStore = await stores.open('copy');
  try {
    await preloadLines(copyStore, preload);
    const copyMs = await timeRawCopy(copyStore, copyFile, stores.sliceRows);
    return {
      store: name,
      lines: count,
      preloaded: preload,
      ...measured,
      copyMs,
    };
  } finally {
    await copyStore.close();
  }
}

/** A fresh store with the master data the sales lines refer to. */
async function openBenchStore(
  databaseUrl: string | null,
  name: string,
): Promise<Store> {
  const dataDir = databaseUrl ? freshDir(name) : name;
  const store = await openStore({ databaseUrl, dataDir }, { command: 'bench' });
  for (const [kind, content] of [
    ['customers', customersCsv(master.customers)],
    ['products', productsCsv(master.products)],
  ] as const) {
    await runImport(store, {
      kind,
      fileName: `${kind}.csv`,
      source: Readable.from([Buffer.from(content)]),
      actor: 'bench',
    });
  }
  return store;
}

/** Lines already stored before the measured import (other invoices). */
async function preloadLines(store: Store, count: number): Promise<void> {
  if (count === 0) return;
  const started = performance.now();
  const spec = { lines: count, ...master };
  await store.transaction(async (connection) => {
    const [batch] = await connection.query<{ id: number }>(
      `insert into import_batches (kind, file_name, sha256, actor, status,
         rows_total, rows_new, rows_duplicate, rows_bad, started_at,
         finished_at)
       values ('sales', 'preload', repeat('0', 64), 'bench', 'committed',
         $1, $1, 0, 0, now(), now()) returning id`,
      [count],
    );
    const batchId = batch?.id ?? 0;
    const slice = store.kind === 'pglite' ? PGLITE_SLICE_ROWS : count;
    for (let from = 0; from < count; from += slice) {
      await connection.copyFrom(
        `copy sales_lines (batch_id, invoice_no, line_no, invoice_date,
           customer_id, product_id, quantity, net_amount, cost_amount,
           currency, paid_date) from stdin (format csv)`,
        preloadRows(batchId, from, Math.min(from + slice, count), spec),
      );
    }
  });
  console.log(
    `${store.kind}: preloaded ${count} lines in ${seconds(performance.now() - started)}`,
  );
}

async function* preloadRows(
  batchId: number,
  from: number,
  to: number,
  spec: { lines: number; customers: number; products: number },
): AsyncGenerator<string> {
  let chunk = '';
  for (let n = from; n < to; n++) {
    const cells = salesLine(n, spec).split(',');
    const customer = (n % spec.customers) + 1;
    const product = (n % spec.products) + 1;
    chunk +=
      `${batchId},PRE${cells[0]},${cells[1]},${cells[2]},${customer},` +
      `${product},${cells.slice(5).join(',')}\n`;
    if (chunk.length > 65_536) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

async function measureImport(
  store: Store,
  salesFile: string,
): Promise<{ importMs: number; baseRssMb: number; peakRssMb: number }> {
  const base = process.memoryUsage().rss;
  let peak = base;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);

  const started = performance.now();
  const report = await runImport(store, {
    kind: 'sales',
    fileName: path.basename(salesFile),
    source: fs.createReadStream(salesFile),
    actor: 'bench',
  });
  const importMs = performance.now() - started;
  clearInterval(sampler);

  if (report.status !== 'committed' || report.rows.bad > 0) {
    throw new Error(`the import was rejected: ${JSON.stringify(report.rows)}`);
  }
  console.log(
    `${store.kind}: imported ${report.rows.new} lines in ${seconds(importMs)}`,
  );
  return {
    importMs,
    baseRssMb: Math.round(base / 1_000_000),
    peakRssMb: Math.round(peak / 1_000_000),
  };
}

/** The imported rows as COPY text, ids resolved: what a raw COPY loads. */
async function exportStoredRows(store: Store): Promise<string> {
  const file = path.join(outDir, `copy-${store.kind}.txt`);
  const out = fs.createWriteStream(file);
  await store.transaction(async (connection) => {
    for await (const chunk of connection.copyTo(
      `copy (select batch_id, invoice_no, line_no, invoice_date, customer_id,
               product_id, quantity, net_amount, cost_amount, currency,
               paid_date
             from sales_lines where invoice_no not like 'PRE%'
             order by id) to stdout`,
    )) {
      if (!out.write(chunk)) {
        await new Promise<void>((resolve) =>
          out.once('drain', () => resolve()),
        );
      }
    }
  });
  await new Promise<void>((resolve) => out.end(() => resolve()));
  return file;
}

/** The store's own COPY of the same rows into sales_lines, in one transaction. */
async function timeRawCopy(
  store: Store,
  copyFile: string,
  sliceRows: number | null,
): Promise<number> {
  const copySql = `copy sales_lines (batch_id, invoice_no, line_no,
    invoice_date, customer_id, product_id, quantity, net_amount, cost_amount,
    currency, paid_date) from stdin`;
  const started = performance.now();
  await store.transaction(async (connection) => {
    if (sliceRows === null) {
      await connection.copyFrom(copySql, fs.createReadStream(copyFile));
      return;
    }
    for await (const slice of lineSlices(copyFile, sliceRows)) {
      await connection.copyFrom(copySql, once(slice));
    }
  });
  const copyMs = performance.now() - started;
  console.log(`${store.kind}: raw COPY in ${seconds(copyMs)}`);
  return copyMs;
}

async function* once(bytes: Buffer): AsyncGenerator<Buffer> {
  yield bytes;
}

async function* lineSlices(file: string, rows: number): AsyncGenerator<Buffer> {
  let parts: Buffer[] = [];
  let count = 0;
  for await (const chunk of fs.createReadStream(file)) {
    const bytes = chunk as Buffer;
    let start = 0;
    for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) {
      count += 1;
      if (count === rows) {
        parts.push(bytes.subarray(start, at + 1));
        yield Buffer.concat(parts);
        parts = [];
        count = 0;
        start = at + 1;
      }
    }
    parts.push(bytes.subarray(start));
  }
  const rest = Buffer.concat(parts);
  if (rest.length > 0) yield rest;
}

async function salesFileOf(count: number): Promise<string> {
  const file = path.join(outDir, `sales-${count}.csv`);
  if (!fs.existsSync(file)) {
    await writeSalesCsv(file, { lines: count, ...master });
  }
  return file;
}

function freshDir(name: string): string {
  const dir = path.join(outDir, name);
  fs.rmSync(dir, { recursive: true, force: true });
  return dir;
}

function machine(): string {
  return [
    `date: ${new Date().toISOString()}`,
    `node: ${process.version}`,
    `cpus: ${os.cpus().length} (${os.cpus()[0]?.model ?? '?'})`,
    `memory: ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    `load average at start: ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  ].join('\n');
}

function rate(count: number, ms: number): number {
  return (count / ms) * 1000;
}

function perSecond(value: number): string {
  return `${Math.round(value / 1000)}k lines/s`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function argValue(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

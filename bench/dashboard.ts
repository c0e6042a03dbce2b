// Measures GET /api/dashboard under load: a fresh PostgreSQL database with
// the demo data set (the loader `tierline demo` and `npm start` use, which
// also refreshes the accruals), the real server (`tierline serve`) in its
// own process, and 20 concurrent clients in plain fetch loops with an admin
// API token for ~20 s: once for the same dashboard again and again (the
// store does not change, so the server answers from its cache), once with
// a different `asOf` on every request (each one computed). The same run
// times the bare SQL reference
// `SELECT sum(net_amount) FROM sales_lines` the same way (20 concurrent
// loops on 20 connections) and prints the ratio. Run on demand, never in
// tests:
//
//   npm run bench:dashboard -- [--clients 20] [--seconds 20]
//     [--database-url URL]   (a store with the demo already loaded)
//
// BENCH_DATABASE_URL names a PostgreSQL database allowed to create and drop
// databases (default postgres://postgres@127.0.0.1:5432/postgres).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApiToken } from '../server/src/auth/api-tokens.js';
import pg from 'pg';
import { benchDatabase } from './bench-database.js';
import { openStore } from '../server/src/db/database.js';
import { defaultDemoSize } from '../server/src/demo/dataset.js';
import { loadDemo } from '../server/src/demo/load-demo.js';
import { businessToday } from '../server/src/programs/business-date.js';

const repoRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
);
const clients = Number(argValue('--clients') ?? '20');
const durationMs = Number(argValue('--seconds') ?? '20') * 1000;
const givenDatabase = argValue('--database-url');

interface Timing {
  /** Milliseconds per request, in completion order. */
  latencies: number[];
  errors: number;
  elapsedMs: number;
}

console.log(machine());
const database = givenDatabase
  ? { url: givenDatabase, drop: async () => undefined }
  : await benchDatabase();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierline-bench-'));
let server: ChildProcess | null = null;

try {
  const token = await prepareStore(database.url, dataDir, !givenDatabase);
  const port = await freePort();
  server = await startServer(database.url, dataDir, port);
  const url = `http://127.0.0.1:${port}/api/dashboard`;
  const headers = { authorization: `Bearer ${token}` };

  const sample = await fetch(url, { headers });
  const body = (await sample.json()) as {
    programs?: unknown[];
    totals?: unknown;
  };
  if (sample.status !== 200) {
    throw new Error(`the dashboard answered ${sample.status}`);
  }
  console.log(
    `dashboard sample: ${body.programs?.length ?? 0} programs, totals ` +
      JSON.stringify(body.totals),
  );

  // Warm both paths before measuring.
  await runLoops(clients, 2_000, async () => {
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    return response.status === 200;
  });
  const loadBefore = os.loadavg();
  const dashboard = await runLoops(clients, durationMs, async () => {
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    return response.status === 200;
  });
  // Past the cache's 64 entries: every request is computed.
  let nextDay = 0;
  const computed = await runLoops(clients, durationMs, async () => {
    nextDay += 1;
    const response = await fetch(`${url}?asOf=${daysAgo(nextDay % 1000)}`, {
      headers,
    });
    await response.arrayBuffer();
    return response.status === 200;
  });

  const pool = new pg.Pool({ connectionString: database.url, max: clients });
  const sql = 'SELECT sum(net_amount) FROM sales_lines';
  await runLoops(clients, 2_000, async () => {
    await pool.query(sql);
    return true;
  });
  const reference = await runLoops(clients, durationMs, async () => {
    await pool.query(sql);
    return true;
  });
  await pool.end();
  const loadAfter = os.loadavg();

  const lines = await countLines(database.url);
  console.log();
  console.log(
    `load average before: ${formatLoad(loadBefore)}; after: ${formatLoad(loadAfter)}`,
  );
  console.log(
    `${lines.toLocaleString('en-US')} sales lines, ${clients} clients, ` +
      `${(durationMs / 1000).toFixed(0)} s each`,
  );
  console.log(
    '| what | requests | errors | p50 | p95 | p99 | requests/s |\n' +
      '|---|---|---|---|---|---|---|',
  );
  console.log(row('GET /api/dashboard, unchanged store (cached)', dashboard));
  console.log(row('GET /api/dashboard?asOf=… (computed)', computed));
  console.log(row('SELECT sum(net_amount) FROM sales_lines', reference));
  for (const [name, timing] of [
    ['cached', dashboard],
    ['computed', computed],
  ] as const) {
    const ratio = (of: (t: Timing) => number) =>
      (of(timing) / of(reference)).toFixed(2);
    console.log(
      `${name} ÷ bare SQL: p50 ${ratio((t) => percentile(t, 50))}×, ` +
        `p95 ${ratio((t) => percentile(t, 95))}×; throughput ` +
        `${(perSecond(timing) / perSecond(reference)).toFixed(2)}×; ` +
        `aim p95 ≤ 100 ms ${percentile(timing, 95) <= 100 ? 'met' : 'not met'}`,
    );
  }
} finally {
  if (server) await stop(server);
  await database.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

/** Loads the demo when asked and returns a fresh admin API token. */
async function prepareStore(
  databaseUrl: string,
  dir: string,
  withDemo: boolean,
): Promise<string> {
  const store = await openStore(
    { databaseUrl, dataDir: dir },
    { command: 'bench' },
  );
  try {
    if (withDemo) {
      const started = performance.now();
      const summary = await loadDemo(store, {
        ...defaultDemoSize,
        asOf: businessToday(),
      });
      console.log(
        `demo loaded in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
          `${summary.customers} customers, ${summary.salesLines} lines, ` +
          `programs ${summary.programCodes.join(', ')}`,
      );
    }
    const { token } = await createApiToken(
      store,
      { name: `bench-dashboard-${Date.now()}`, role: 'admin' },
      { actor: 'bench' },
    );
    return token;
  } finally {
    await store.close();
  }
}

/** `clients` loops calling `once` until `forMs` has passed. */
async function runLoops(
  count: number,
  forMs: number,
  once: () => Promise<boolean>,
): Promise<Timing> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + forMs;

  await Promise.all(
    Array.from({ length: count }, async () => {
      while (performance.now() < deadline) {
        const before = performance.now();
        const ok = await once().catch(() => false);
        latencies.push(performance.now() - before);
        if (!ok) errors += 1;
      }
    }),
  );
  return { latencies, errors, elapsedMs: performance.now() - started };
}

function percentile(timing: Timing, pct: number): number {
  const sorted = [...timing.latencies].sort((a, b) => a - b);
  const at = Math.min(
    sorted.length - 1,
    Math.ceil((pct / 100) * sorted.length) - 1,
  );
  return sorted[Math.max(at, 0)] ?? Number.NaN;
}

function perSecond(timing: Timing): number {
  return (timing.latencies.length / timing.elapsedMs) * 1000;
}

function row(what: string, timing: Timing): string {
  const ms = (pct: number) => `${percentile(timing, pct).toFixed(1)} ms`;
  return (
    `| ${what} | ${timing.latencies.length} | ${timing.errors} | ${ms(50)} ` +
    `| ${ms(95)} | ${ms(99)} | ${perSecond(timing).toFixed(1)} |`
  );
}

async function countLines(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ lines: number }>(
      'select count(*)::int as lines from sales_lines',
    );
    return result.rows[0]?.lines ?? 0;
  } finally {
    await client.end();
  }
}

async function startServer(
  databaseUrl: string,
  dir: string,
  port: number,
): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [path.join(repoRoot, 'server/bin/tierline.js'), 'serve'],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        TIERLINE_DATA_DIR: dir,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const deadline = performance.now() + 120_000;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `tierline serve exited with ${child.exitCode}:\n${output}`,
      );
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      if (response.status === 200) return child;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  await stop(child);
  throw new Error(`tierline serve did not answer /health:\n${output}`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timeout = sleep(15_000).then(() => 'timeout');
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no free port')),
      );
    });
  });
}

function machine(): string {
  return [
    `date: ${new Date().toISOString()}`,
    `node: ${process.version}`,
    `cpus: ${os.cpus().length} (${os.cpus()[0]?.model ?? '?'})`,
    `memory: ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    `load average at start: ${formatLoad(os.loadavg())}`,
  ].join('\n');
}

/** The date `days` before today, YYYY-MM-DD. */
function daysAgo(days: number): string {
  const date = new Date(`${businessToday()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

function formatLoad(load: number[]): string {
  return load.map((n) => n.toFixed(2)).join(' ');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function argValue(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

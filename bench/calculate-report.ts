// The "Calculation" section of docs/benchmarks.md, written from one run of
// bench/calculate.ts. Other sections of the file are left as they are.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import type { BenchShape } from './calculate-data.js';
import type { KernelTimes } from './calculate-measure.js';

interface Report {
  shape: BenchShape;
  postgres: {
    loadMs: number;
    sqlMs: number[];
    sqlGroups: string;
    copyMs: number[];
    kernel: KernelTimes[];
    endToEndMs: number[];
    rows: number;
  };
  pglite: {
    lines: number;
    loadMs: number;
    endToEndMs: number;
    rows: number;
  } | null;
  runs: number;
  loadBefore: number[];
  loadAfter: number[];
  best: (values: readonly number[]) => number;
}

function command(text: string): string {
  try {
    return execSync(text, { encoding: 'utf8' }).trim();
  } catch {
    return '(unavailable)';
  }
}

function s(ms: number): string {
  return (ms / 1000).toLocaleString('en-US', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}

function ratio(a: number, b: number): string {
  return (a / b).toLocaleString('en-US', { maximumFractionDigits: 2 });
}

function perSecond(count: number, ms: number): string {
  const millions = count / (ms / 1000) / 1_000_000;

  return `${millions.toLocaleString('en-US', { maximumFractionDigits: 2 })}M/s`;
}

function all(values: readonly number[]): string {
  return values.map(s).join(' / ');
}

export function calculationSection(report: Report): string {
  const { shape, postgres, pglite, best } = report;
  const sql = best(postgres.sqlMs);
  const copy = best(postgres.copyMs);
  const minimal = best(postgres.kernel.map((k) => k.minimalMs));
  const aggregate = best(postgres.kernel.map((k) => k.aggregateMs));
  const full = best(postgres.kernel.map((k) => k.fullMs));
  const endToEnd = best(postgres.endToEndMs);
  const kernel = postgres.kernel[0];
  const rows = postgres.rows;
  const prepare = best(postgres.kernel.map((k) => k.prepareMs));
  const rowPhase = full - aggregate - prepare;
  const memory = command('free -h | sed -n 2p').replace(/\s+/g, ' ');
  const pgVersion = command(
    "psql -h 127.0.0.1 -U postgres -At -c 'show server_version'",
  );

  const lines = [
    `Measured by \`bench/calculate.ts\` on ${new Date().toISOString().slice(0, 10)}:`,
    `${command('nproc')} cores (${command("lscpu | sed -n 's/^Model name: *//p'")}),`,
    `memory \`${memory}\`, Node ${process.version}, PostgreSQL ${pgVersion}.`,
    `The machine is shared: load average ${report.loadBefore.map((l) => l.toLocaleString('en-US', { maximumFractionDigits: 1 })).join(' ')}`,
    `before the run and ${report.loadAfter.map((l) => l.toLocaleString('en-US', { maximumFractionDigits: 1 })).join(' ')} after it,`,
    `so every figure is a wall-clock time under that load (best of ${String(report.runs)} runs; all runs listed).`,
    '',
    `Data: ${shape.lines.toLocaleString('en-US')} sales lines (2026-01-01 .. as-of 2027-11-15),`,
    `${shape.programs.toLocaleString('en-US')} active programs, ${shape.customers.toLocaleString('en-US')} customers,`,
    `${shape.products.toLocaleString('en-US')} products. A program reaches one customer group, one tag or`,
    'a list of 50 codes, and a fifth of the products; settle month / quarter / half / year / whole,',
    'a fifth cumulative; measures net, quantity, margin, collections, growth and target.',
    `${String(kernel?.matchedPairs ?? 0)} program × customer pairs have rows; ${rows.toLocaleString('en-US')} result rows;`,
    `the bare SQL aggregate makes ${postgres.sqlGroups} program × customer × quarter groups.`,
    '',
    '| what | best time | all runs | rate |',
    '|---|---|---|---|',
    `| load with COPY (lines, master data, programs, scope tables) | ${s(postgres.loadMs)} s | | ${perSecond(shape.lines, postgres.loadMs)} lines |`,
    `| PostgreSQL: bare aggregate of the matching join (net per program × customer × quarter) | ${s(sql)} s | ${all(postgres.sqlMs)} | ${perSecond(shape.lines, sql)} lines |`,
    `| COPY TO STDOUT into typed columns | ${s(copy)} s | ${all(postgres.copyMs)} | ${perSecond(shape.lines, copy)} lines |`,
    `| in memory: minimal hand-written aggregation of the same matches | ${s(minimal)} s | ${all(postgres.kernel.map((k) => k.minimalMs))} | ${perSecond(shape.lines, minimal)} lines |`,
    `| in memory: the kernel's preparation (scope index, window plans), once | ${s(prepare)} s | ${all(postgres.kernel.map((k) => k.prepareMs))} | |`,
    `| in memory: the kernel's aggregation, every rule 3–4 figure | ${s(aggregate)} s | ${all(postgres.kernel.map((k) => k.aggregateMs))} | ${perSecond(shape.lines, aggregate)} lines |`,
    `| in memory: the kernel plus the engine's rules 4–13 for every row | ${s(full)} s | ${all(postgres.kernel.map((k) => k.fullMs))} | ${perSecond(rows, rowPhase)} rows |`,
    `| calculateStore end to end (read the store, aggregate, every row) | ${s(endToEnd)} s | ${all(postgres.endToEndMs)} | ${perSecond(shape.lines, endToEnd)} lines |`,
  ];
  if (pglite !== null) {
    lines.push(
      `| PGlite: load ${pglite.lines.toLocaleString('en-US')} lines | ${s(pglite.loadMs)} s | | ${perSecond(pglite.lines, pglite.loadMs)} lines |`,
      `| PGlite: calculateStore over ${pglite.lines.toLocaleString('en-US')} lines | ${s(pglite.endToEndMs)} s | | ${pglite.rows.toLocaleString('en-US')} rows |`,
    );
  }
  lines.push(
    '',
    `- Kernel aggregation vs the minimal aggregation: ${ratio(minimal, aggregate)} of its speed`,
    `  (aim: at least 0.5).`,
    `- calculateStore vs the bare SQL aggregate: ${ratio(sql, endToEnd)}× as fast (aim: 2×);`,
    `  reading the store and aggregating alone (what the SQL aggregate does): ${ratio(sql, copy + prepare + aggregate)}× as fast.`,
    `- Where calculateStore's time goes: reading the store ≈ ${s(copy)} s, preparation ≈ ${s(prepare)} s, aggregation ≈ ${s(aggregate)} s,`,
    `  the engine's rules 4–13 for ${rows.toLocaleString('en-US')} rows ≈ ${s(rowPhase)} s`,
    `  (${((rowPhase * 1000) / Math.max(rows, 1)).toLocaleString('en-US', { maximumFractionDigits: 1 })} µs a row).`,
  );

  return lines.join('\n');
}

/** Replaces `## heading` and its text, or appends it; keeps the rest. */
export function writeSection(
  file: string,
  heading: string,
  body: string,
): void {
  const section = `## ${heading}\n\n${body}\n`;
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (text === '') {
    fs.writeFileSync(file, `# Benchmarks\n\n${section}`);
    return;
  }

  const lines = text.split('\n');
  const start = lines.findIndex((line) => line === `## ${heading}`);
  if (start < 0) {
    fs.writeFileSync(file, `${text.replace(/\n*$/, '\n\n')}${section}`);
    return;
  }

  const next = lines.findIndex(
    (line, index) => index > start && /^##? /.test(line),
  );
  const before = lines.slice(0, start).join('\n');
  const after = next < 0 ? '' : `\n${lines.slice(next).join('\n')}`;
  fs.writeFileSync(file, `${before}\n${section}${after}`);
}

// `tierline calculate` over every case of the shared examples, read in place
// (TIERLINE_EXAMPLES_DIR, else ../shared/examples beside the clone), run as
// a child process the way a user runs it. No store is involved.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseProgram, type Program } from '@tierline/engine';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/calculation/calculate-csv.js';
import { displayWidth } from '../../src/calculation/display-width.js';
import { calculateJsonMismatches } from './support/compare-calculate-json.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const bin = path.join(repoRoot, 'server/bin/tierline.js');
const examplesDir =
  process.env.TIERLINE_EXAMPLES_DIR ??
  path.resolve(repoRoot, '../shared/examples');

interface CaseFile {
  programs: string[];
  as_of: string;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function tierline(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd, timeout: 90_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code =
          error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** The folders the examples' README promises; missing ones fail below. */
function caseFolders(): string[] {
  if (!fs.existsSync(examplesDir)) return [];

  return fs
    .readdirSync(examplesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function readCase(folder: string): CaseFile {
  const text = fs.readFileSync(path.join(folder, 'case.json'), 'utf8');

  return JSON.parse(text) as CaseFile;
}

function programsOf(folder: string, files: readonly string[]): Program[] {
  return files.map((file) => {
    const text = fs.readFileSync(path.join(folder, file), 'utf8');
    const parsed = parseProgram(text, file);
    if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed)}`);

    return parsed.program;
  });
}

function calculateArgs(folder: string, caseFile: CaseFile, format: string) {
  const targets = fs.existsSync(path.join(folder, 'targets.csv'))
    ? ['--targets', 'targets.csv']
    : [];

  return [
    'calculate',
    ...caseFile.programs.flatMap((file) => ['--program', file]),
    '--customers',
    'customers.csv',
    '--products',
    'products.csv',
    '--sales',
    'sales.csv',
    ...targets,
    '--as-of',
    caseFile.as_of,
    '--format',
    format,
  ];
}

const cases = caseFolders();

describe.concurrent('tierline calculate', () => {
  it(`finds the example cases in ${examplesDir}`, () => {
    expect(fs.existsSync(examplesDir)).toBe(true);
    expect(cases.length).toBeGreaterThan(0);
  });

  describe.each(cases)('when run on example %s', (name) => {
    const folder = path.join(examplesDir, name);

    it('prints the figures of expected.json as JSON', async () => {
      const caseFile = readCase(folder);
      const run = await tierline(
        calculateArgs(folder, caseFile, 'json'),
        folder,
      );
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);

      const expected: unknown = JSON.parse(
        fs.readFileSync(path.join(folder, 'expected.json'), 'utf8'),
      );
      const programs = programsOf(folder, caseFile.programs);
      const actual: unknown = JSON.parse(run.stdout);
      expect(calculateJsonMismatches(actual, expected, programs)).toEqual([]);
    });
  });

  describe('when asked for csv', () => {
    it('prints a header and one RFC 4180 row per result', async () => {
      const folder = path.join(examplesDir, '05-growth-open-period-forecast');
      const caseFile = readCase(folder);
      const json = await tierline(
        calculateArgs(folder, caseFile, 'json'),
        folder,
      );
      const csv = await tierline(
        calculateArgs(folder, caseFile, 'csv'),
        folder,
      );
      expect(csv.code).toBe(0);

      const lines = csv.stdout.split('\r\n').filter((line) => line !== '');
      const results = (JSON.parse(json.stdout) as { results: unknown[] })
        .results;
      expect(lines[0]).toBe(CSV_COLUMNS.join(','));
      expect(lines).toHaveLength(results.length + 1);
      const widths = lines.map((line) => line.split(',').length);
      expect(new Set(widths)).toEqual(new Set([CSV_COLUMNS.length]));
      expect(CSV_COLUMNS).toContain('forecast_method');
      expect(csv.stdout).toMatch(/,(seasonal|run_rate),/);
    });
  });

  describe('when asked for a table', () => {
    it('lines up the columns of rows with Chinese names', async () => {
      const folder = path.join(examplesDir, '09-targets');
      const caseFile = readCase(folder);
      const run = await tierline(
        calculateArgs(folder, caseFile, 'table'),
        folder,
      );
      expect(run.code).toBe(0);

      const lines = run.stdout.split('\n').filter((line) => line !== '');
      expect(lines.length).toBeGreaterThan(2);
      expect(run.stdout).toMatch(/[\u4e00-\u9fff]/);
      const widths = new Set(lines.map(displayWidth));
      expect([...widths]).toHaveLength(1);

      // The rebate column ends at the same display column on every row.
      const header = lines[0] ?? '';
      const rebateEnd = displayWidth(
        header.slice(0, header.indexOf('rebate') + 'rebate'.length),
      );
      for (const line of lines.slice(2)) {
        const prefix = [...line].reduce(
          (text, char) => (displayWidth(text) < rebateEnd ? text + char : text),
          '',
        );
        expect(prefix).toMatch(/-?\d+\.\d{2}$/);
      }
    });
  });

  describe('when a program file has mistakes', () => {
    it('lists every problem with its path and calculates nothing', async () => {
      const folder = path.join(examplesDir, '01-quarterly-retroactive');
      const broken = path.join(
        fs.mkdtempSync(path.join(os.tmpdir(), 'tierline-calc-')),
        'broken.json',
      );
      fs.writeFileSync(
        broken,
        JSON.stringify({
          format: 'tierline/program@1',
          code: 'BROKEN',
          name: 'broken',
          currency: 'cny',
          period: { start: '2027-01-01', end: '2026-12-31' },
          measure: 'net_amount',
          tiers: [
            { from: '100', rate: '1%' },
            { from: '50', rate: '2%' },
          ],
        }),
      );
      try {
        const run = await tierline(
          [
            'calculate',
            '--program',
            broken,
            '--customers',
            'customers.csv',
            '--products',
            'products.csv',
            '--sales',
            'sales.csv',
            '--as-of',
            '2027-12-31',
          ],
          folder,
        );
        expect(run.code).not.toBe(0);
        expect(run.stdout).toBe('');
        expect(run.stderr).toContain('currency');
        expect(run.stderr).toContain('period.end');
        expect(run.stderr).toContain('tiers[1].from');
      } finally {
        fs.rmSync(path.dirname(broken), { recursive: true, force: true });
      }
    });
  });

  describe('when an input file has bad rows', () => {
    it('lists every bad row with row, column and reason', async () => {
      const folder = path.join(examplesDir, '01-quarterly-retroactive');
      const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tierline-calc-'));
      const sales = path.join(scratch, 'sales.csv');
      const [header = '', ...rows] = fs
        .readFileSync(path.join(folder, 'sales.csv'), 'utf8')
        .split(/\r?\n/)
        .filter((line) => line !== '');
      fs.writeFileSync(
        sales,
        [
          header,
          ...rows,
          'BAD1,1,2027-02-30,C001,P100,1,100.00,,CNY,',
          'BAD2,1,2027-03-01,C001,P100,1,100.001,,CNY,',
        ].join('\n'),
      );
      try {
        const caseFile = readCase(folder);
        const args = calculateArgs(folder, caseFile, 'json').map((arg) =>
          arg === 'sales.csv' ? sales : arg,
        );
        const run = await tierline(args, folder);
        expect(run.code).not.toBe(0);
        expect(run.stdout).toBe('');
        const problems = run.stderr
          .split('\n')
          .filter((line) => line.startsWith(sales));
        expect(problems).toHaveLength(2);
        expect(problems[0]).toMatch(/row \d+, invoice_date: /);
        expect(problems[1]).toMatch(/row \d+, net_amount: /);
      } finally {
        fs.rmSync(scratch, { recursive: true, force: true });
      }
    });
  });
});

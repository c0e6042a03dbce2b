import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireDataDirLock } from '../../src/db/data-dir-lock.js';
import type { ImportReport } from '../../src/imports/run-import.js';
import {
  customersCsv,
  productsCsv,
  writeSalesCsv,
} from '../support/generated-files.js';
import { countRows, importContent } from './support/imports.js';
import { runCli } from './support/run-cli.js';
import {
  createClosedTestStore,
  storeKind,
  type TestStore,
} from './support/test-store.js';
import { runImport } from '../../src/imports/run-import.js';

const bin = fileURLToPath(new URL('../../bin/tierline.js', import.meta.url));
const LARGE_LINES = 200_000;
/** Past one PGlite COPY slice (50k rows): some rows are in the database. */
const KILL_AFTER_ROWS = 80_000;
const spec = { customers: 500, products: 50 };

type ClosedStore = Awaited<ReturnType<typeof createClosedTestStore>>;

describe(`tierline import (${storeKind})`, () => {
  let closed: ClosedStore;
  let dir: string;

  beforeAll(async () => {
    closed = await createClosedTestStore();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierline-cli-'));

    const store = await closed.reopen();
    try {
      await importContent(
        store,
        'customers',
        'c.csv',
        customersCsv(spec.customers),
      );
      await importContent(
        store,
        'products',
        'p.csv',
        productsCsv(spec.products),
      );
    } finally {
      await store.close();
    }
  });

  afterAll(async () => {
    await closed.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function withStore<T>(fn: (store: TestStore['store']) => Promise<T>) {
    const store = await closed.reopen();
    try {
      return await fn(store);
    } finally {
      await store.close();
    }
  }

  describe('when killed with SIGKILL in the middle of a large import', () => {
    it('leaves no line of the batch behind, and the file imports again', async () => {
      const file = path.join(dir, 'large-sales.csv');
      await writeSalesCsv(file, { lines: LARGE_LINES, ...spec });

      const killed = await killMidImport(file, closed.env);

      expect(killed.rowsSeen).toBeGreaterThanOrEqual(KILL_AFTER_ROWS);
      expect(killed.stdout).toBe('');
      const left = await withStore(async (store) => ({
        lines: await countRows(store, 'sales_lines'),
        batches: await countRows(store, "import_batches where kind = 'sales'"),
      }));
      expect(left).toEqual({ lines: 0, batches: 0 });

      const again = await withStore((store) =>
        runImport(store, {
          kind: 'sales',
          fileName: 'large-sales.csv',
          source: fs.createReadStream(file),
          actor: 'test',
        }),
      );
      expect(again).toMatchObject({
        status: 'committed',
        rows: { total: LARGE_LINES, new: LARGE_LINES, bad: 0 },
      });
    });
  });

  describe('when a file has a bad row', () => {
    it('prints each bad row and exits with 1', async () => {
      const file = path.join(dir, 'bad.csv');
      fs.writeFileSync(
        file,
        'invoice_no,line_no,invoice_date,customer_code,sku,quantity,net_amount,cost_amount,currency,paid_date\n' +
          'B1,1,2027-01-05,C00001,P0001,1,12.345,,CNY,\n' +
          'B2,1,2027-01-05,C00001,P0001,1,10,,CNY,\n',
      );

      const result = await runCli(['import', 'sales', file], closed.env);

      expect(result.code).toBe(1);
      expect(result.stdout).toContain(
        'row 2, column net_amount: too many decimals (max 2): "12.345"',
      );
      expect(result.stdout).toContain(
        '2 rows: 0 new, 0 updated, 0 duplicate, 1 bad',
      );
    });

    it('stores the good rows with --skip-bad and prints JSON with --json', async () => {
      const file = path.join(dir, 'bad.csv');

      const result = await runCli(
        ['import', 'sales', file, '--skip-bad', '--json'],
        closed.env,
      );
      const listed = await runCli(['imports', 'list'], closed.env);

      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({
        kind: 'sales',
        fileName: 'bad.csv',
        status: 'committed',
        rows: { total: 2, new: 1, bad: 1 },
      });
      expect(listed.stdout).toMatch(
        /sales\s+committed bad\.csv\s+2 rows: 1 new/,
      );
    });
  });

  if (storeKind === 'pglite') {
    describe('when another process holds the data folder', () => {
      it('refuses with a message that names the owner', async () => {
        const lock = acquireDataDirLock(closed.env.TIERLINE_DATA_DIR, 'demo');
        try {
          const result = await runCli(
            ['import', 'sales', path.join(dir, 'bad.csv')],
            closed.env,
          );

          expect(result.code).toBe(3);
          expect(result.stderr).toContain(
            `is in use by process ${process.pid} (tierline demo`,
          );
        } finally {
          lock.release();
        }
      });
    });

    describe('when a running server holds the data folder', () => {
      it('uploads the file to the server and prints its report', async () => {
        const server = await stubImportServer(200);
        const lock = acquireDataDirLock(closed.env.TIERLINE_DATA_DIR, 'serve');
        lock.setUrl(server.url);
        try {
          const result = await runCli(
            ['import', 'sales', path.join(dir, 'bad.csv'), '--skip-bad'],
            closed.env,
          );

          expect(result.stderr).toBe('');
          expect(result.code).toBe(0);
          expect(server.requests).toHaveLength(1);
          expect(server.requests[0]?.url).toBe(
            '/api/imports/sales?skipBad=true',
          );
          expect(server.requests[0]?.body).toContain('filename="bad.csv"');
          expect(server.requests[0]?.body).toContain('B2,1,2027-01-05');
          expect(result.stdout).toContain('bad.csv: imported as batch 41');
        } finally {
          lock.release();
          await server.close();
        }
      });

      it('prints the report of a refused file and exits with 1', async () => {
        const server = await stubImportServer(422);
        const lock = acquireDataDirLock(closed.env.TIERLINE_DATA_DIR, 'serve');
        lock.setUrl(server.url);
        try {
          const result = await runCli(
            ['import', 'sales', path.join(dir, 'bad.csv')],
            closed.env,
          );

          expect(result.code).toBe(1);
          expect(result.stdout).toContain('bad.csv: rejected as batch 41');
        } finally {
          lock.release();
          await server.close();
        }
      });
    });
  }
});

interface KilledImport {
  rowsSeen: number;
  stdout: string;
}

/** Starts `tierline import sales`, kills it past KILL_AFTER_ROWS rows. */
async function killMidImport(
  file: string,
  storeEnv: ClosedStore['env'],
): Promise<KilledImport> {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(
    process.execPath,
    [bin, 'import', 'sales', file, '--progress', 'lines'],
    { env: { ...inherited, ...storeEnv }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  let rowsSeen = 0;
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));

  await new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      for (const match of stderr.matchAll(/progress: (\d+) rows/g)) {
        rowsSeen = Math.max(rowsSeen, Number.parseInt(match[1] ?? '0', 10));
      }
      if (rowsSeen >= KILL_AFTER_ROWS && child.kill('SIGKILL')) resolve();
    });
    child.on('exit', () =>
      reject(new Error(`the import ended before it was killed: ${stderr}`)),
    );
  });
  await new Promise((resolve) => child.once('close', resolve));
  return { rowsSeen, stdout };
}

interface StubServer {
  url: string;
  requests: { url: string; body: string }[];
  close(): Promise<void>;
}

/** Answers POST /api/imports/:kind like the API: a report, or a 422. */
async function stubImportServer(status: 200 | 422): Promise<StubServer> {
  const requests: StubServer['requests'] = [];
  const report: ImportReport = {
    batchId: 41,
    kind: 'sales',
    fileName: 'bad.csv',
    sha256: 'f'.repeat(64),
    status: status === 200 ? 'committed' : 'rejected',
    rows: {
      total: 2,
      new: status === 200 ? 1 : 0,
      updated: 0,
      duplicate: 0,
      bad: 1,
    },
    badRows: [],
  };
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      requests.push({ url: request.url ?? '', body });
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify(
          status === 200
            ? report
            : {
                error: {
                  code: 'import_rejected',
                  message: 'The file has bad rows',
                  details: [],
                  report,
                },
              },
        ),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

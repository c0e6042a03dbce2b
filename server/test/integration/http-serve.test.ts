import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/auth/api-tokens.js';
import { readLockOwner } from '../../src/db/data-dir-lock.js';
import { multipartFile } from './support/multipart.js';
import { createClosedTestStore, storeKind } from './support/test-store.js';

const bin = fileURLToPath(new URL('../../bin/tierline.js', import.meta.url));

interface Served {
  child: ChildProcess;
  url: string;
  stderr: () => string;
  /** Resolves once the server has printed a line containing `text`. */
  printed(text: string): Promise<void>;
}

describe(`tierline serve (${storeKind})`, () => {
  let closed: Awaited<ReturnType<typeof createClosedTestStore>>;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    closed = await createClosedTestStore();
    env = { ...process.env, LOG_LEVEL: 'warn', ...closed.env };
    if (!closed.env.DATABASE_URL) delete env.DATABASE_URL;
  });

  afterAll(async () => {
    await closed.dispose();
  });

  describe('when started on a free port and stopped with SIGTERM', () => {
    let served: Served;
    let exitCode: number | null;

    beforeAll(async () => {
      served = await serve(env);
    });

    it('prints the URL it serves', () => {
      expect(served.url).toMatch(/^http:\/\/localhost:\d+$/);
    });

    it('answers /health', async () => {
      const response = await fetch(`${served.url}/health`);

      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok' });
    });

    if (storeKind === 'pglite') {
      it('records its URL in the data-folder lock', () => {
        const owner = readLockOwner(env.TIERLINE_DATA_DIR ?? '');

        expect(owner).toMatchObject({ url: served.url, command: 'serve' });
      });

      it('refuses a second server on the same data folder', async () => {
        const second = spawn(process.execPath, [bin, 'serve', '--port', '0'], {
          env,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stderr = '';
        second.stderr?.on('data', (chunk: Buffer) => (stderr += chunk));
        const [code] = await once(second, 'exit');

        expect(code).toBe(3);
        expect(stderr).toContain(served.url);
      });
    }

    it('exits with code 0 on SIGTERM', async () => {
      const exited = once(served.child, 'exit');
      served.child.kill('SIGTERM');
      [exitCode] = await exited;

      expect(served.stderr()).toBe('');
      expect(exitCode).toBe(0);
    });

    it('releases the data folder', () => {
      expect(readLockOwner(env.TIERLINE_DATA_DIR ?? '')).toBeNull();
    });
  });

  describe('when SIGTERM arrives while an upload is under way', () => {
    let served: Served;
    let token: string;

    beforeAll(async () => {
      const store = await closed.reopen();
      try {
        ({ token } = await createApiToken(
          store,
          { name: 'serve-test', role: 'admin' },
          { actor: 'test' },
        ));
      } finally {
        await store.close();
      }
      served = await serve({ ...env, LOG_LEVEL: 'info' });
    });

    it('finishes the upload, then exits with code 0', async () => {
      const { payload, headers } = multipartFile({
        name: 'customers.csv',
        content:
          'code,name,group,region,tags,sales_rep\n' +
          'C001,上海申达商贸有限公司,华东经销商,华东,,R01\n',
      });
      const exited = once(served.child, 'exit');
      const upload = startUpload(
        `${served.url}/api/imports/customers`,
        { ...headers, authorization: `Bearer ${token}` },
        payload,
      );

      await served.printed('"url":"/api/imports/customers"');
      served.child.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const response = await upload.finish();
      const [exitCode] = await exited;

      expect(response.status).toBe(200);
      expect(JSON.parse(response.body)).toMatchObject({
        status: 'committed',
        rows: { new: 1 },
      });
      expect(exitCode).toBe(0);
    });
  });
});

/**
 * Sends the first half of a request body, then the rest when asked, so a
 * test can stop the server while the request is in flight.
 */
function startUpload(
  url: string,
  headers: Record<string, string>,
  payload: Buffer,
): { finish(): Promise<{ status: number; body: string }> } {
  const request = http.request(url, { method: 'POST', headers });
  const half = Math.floor(payload.length / 2);
  const response = new Promise<{ status: number; body: string }>(
    (resolve, reject) => {
      request.on('error', reject);
      request.on('response', (incoming) => {
        let body = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => (body += chunk));
        incoming.on('end', () =>
          resolve({ status: incoming.statusCode ?? 0, body }),
        );
      });
    },
  );

  request.write(payload.subarray(0, half));
  return {
    finish() {
      request.end(payload.subarray(half));
      return response;
    },
  };
}

/** Starts `tierline serve --port 0` and waits for the printed URL. */
async function serve(env: NodeJS.ProcessEnv): Promise<Served> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], {
    env,
    cwd: path.dirname(bin),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk));

  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk;
      const printed = /^Tierline is running at (\S+)$/m.exec(stdout);
      if (printed?.[1]) resolve(printed[1]);
    });
    child.once('exit', (code) =>
      reject(new Error(`serve exited with ${code}: ${stderr}`)),
    );
  });

  const printed = (text: string) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (!stdout.includes(text)) return;
        child.stdout?.off('data', check);
        resolve();
      };
      child.stdout?.on('data', check);
      check();
    });
  return { child, url, stderr: () => stderr, printed };
}

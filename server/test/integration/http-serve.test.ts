import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLockOwner } from '../../src/db/data-dir-lock.js';
import { createClosedTestStore, storeKind } from './support/test-store.js';

const bin = fileURLToPath(new URL('../../bin/tierline.js', import.meta.url));

interface Served {
  child: ChildProcess;
  url: string;
  stderr: () => string;
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
});

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

  return { child, url, stderr: () => stderr };
}

// Measures `npm start` from a fresh data folder: the first start (migrate,
// load the demo, serve) and the second (open and serve), each until /health
// answers 200. Run: npx tsx bench/start.ts [--runs N]
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
);
const healthTimeoutMs = 5 * 60_000;

interface StartTiming {
  /** From spawning `npm start` to the first 200 from /health. */
  healthyMs: number;
  /**
   * CPU seconds (user + system) that npm and tierline used by then: on a
   * busy machine the wall time stretches, this much less.
   */
  cpuSeconds: number | null;
  /** The demo load as `tierline start` reported it, when it loaded one. */
  demoLoad: string | null;
  customers: string;
}

const runs = Number(argValue('--runs') ?? '1');
const results: { first: StartTiming; second: StartTiming }[] = [];

for (let run = 0; run < runs; run++) {
  const dataDir = fs.mkdtempSync(
    path.join(os.tmpdir(), 'tierline-bench-start-'),
  );
  try {
    const first = await timeStart(dataDir);
    const second = await timeStart(dataDir);
    results.push({ first, second });
    console.log(
      `run ${run + 1}: first start ${seconds(first.healthyMs)} ` +
        `(${cpu(first)}, demo load ${first.demoLoad ?? '?'}, ` +
        `customers ${first.customers}), ` +
        `second start ${seconds(second.healthyMs)} ` +
        `(${cpu(second)}, customers ${second.customers})`,
    );
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

console.log();
console.log(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ` +
    `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ` +
    `${new Date().toISOString().slice(0, 10)}`,
);
for (const [index, { first, second }] of results.entries()) {
  console.log(
    `| ${index + 1} | ${seconds(first.healthyMs)} | ${cpu(first)} ` +
      `| ${first.demoLoad ?? '?'} | ${seconds(second.healthyMs)} ` +
      `| ${cpu(second)} |`,
  );
}

async function timeStart(dataDir: string): Promise<StartTiming> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      TIERLINE_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  try {
    await waitForHealth(`http://127.0.0.1:${port}/health`, child, () => output);
    const healthyMs = performance.now() - started;
    const cpuSeconds =
      child.pid === undefined ? null : groupCpuSeconds(child.pid);
    const demoLoad = /Demo data loaded into .* in ([\d.]+ s)/.exec(output);
    return {
      healthyMs,
      cpuSeconds,
      demoLoad: demoLoad?.[1] ?? null,
      customers: await customerCount(port),
    };
  } finally {
    await stop(child);
    await lockReleased(dataDir);
  }
}

/** npm may exit before tierline has closed the store and freed the folder. */
async function lockReleased(dataDir: string): Promise<void> {
  const lockFile = path.join(dataDir, 'tierline.lock');
  const deadline = performance.now() + 15_000;
  while (fs.existsSync(lockFile) && performance.now() < deadline) {
    await sleep(50);
  }
}

async function waitForHealth(
  url: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = performance.now() + healthTimeoutMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`npm start exited with ${child.exitCode}:\n${output()}`);
    }
    try {
      const response = await fetch(url);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  throw new Error(`no answer from ${url} within ${healthTimeoutMs} ms`);
}

/**
 * The customer count the API reports to the demo auditor (read-only), to
 * show the demo data is served.
 */
async function customerCount(port: number): Promise<string> {
  const base = `http://127.0.0.1:${port}`;
  try {
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        username: 'auditor',
        password: 'demo-auditor-2027',
      }),
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    const response = await fetch(`${base}/api/customers`, {
      headers: { cookie },
    });
    if (!response.ok) return `HTTP ${response.status}`;
    const body = (await response.json()) as { total?: unknown };
    return typeof body.total === 'number' ? String(body.total) : 'served';
  } catch (error) {
    return error instanceof Error ? error.message : 'error';
  }
}

/** CPU time of the live processes of a process group, from /proc (Linux). */
function groupCpuSeconds(groupId: number): number | null {
  const ticksPerSecond = 100;
  let ticks = 0;
  try {
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      } catch {
        continue;
      }
      // Fields after the command name, which is in parentheses: state is
      // the 3rd field, pgrp the 5th, utime the 14th, stime the 15th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== groupId) continue;
      ticks += Number(fields[11]) + Number(fields[12]);
    }
  } catch {
    return null;
  }
  return ticks / ticksPerSecond;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // npm runs tierline as its child: signal the whole process group.
  process.kill(-child.pid, 'SIGTERM');
  const timeout = sleep(15_000).then(() => 'timeout');
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    process.kill(-child.pid, 'SIGKILL');
    await exited;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function cpu(timing: StartTiming): string {
  return timing.cpuSeconds === null
    ? 'CPU ?'
    : `CPU ${timing.cpuSeconds.toFixed(1)} s`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

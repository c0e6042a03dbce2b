// Builds the console when web/dist is missing or older than its sources, so
// `npm start` on a fresh clone serves it at `/`. A build takes seconds; an
// up-to-date build is left alone and costs only a walk over the sources.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const builtIndex = path.join(webDir, 'dist', 'index.html');
const sources = [
  'src',
  'index.html',
  'vite.config.ts',
  'package.json',
  'scripts',
];

function newestChange(entry) {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;

  return fs
    .readdirSync(entry)
    .reduce(
      (newest, name) => Math.max(newest, newestChange(path.join(entry, name))),
      stat.mtimeMs,
    );
}

function isStale() {
  if (!fs.existsSync(builtIndex)) return true;
  const builtAt = fs.statSync(builtIndex).mtimeMs;

  return sources.some(
    (source) => newestChange(path.join(webDir, source)) > builtAt,
  );
}

if (isStale()) {
  console.log('Building the web console (web/dist)…');
  const require = createRequire(import.meta.url);
  const vite = path.join(
    path.dirname(require.resolve('vite/package.json')),
    'bin',
    'vite.js',
  );
  const built = spawnSync(process.execPath, [vite, 'build'], {
    cwd: webDir,
    stdio: 'inherit',
    // A test runner's NODE_ENV=test would give React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

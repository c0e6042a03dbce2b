// Progress of a long import on stderr: a bar at a terminal, plain lines
// for logs and tests (`--progress lines`), or nothing.
import cliProgress from 'cli-progress';
import type { ImportProgress } from '../../imports/run-import.js';

export type ProgressMode = 'auto' | 'bar' | 'lines' | 'none';

export interface ProgressDisplay {
  update(progress: ImportProgress): void;
  /** Upload progress, in bytes sent. */
  bytes(sent: number): void;
  stop(): void;
}

const LINE_EVERY_MS = 500;
const LINE_EVERY_ROWS = 50_000;

export function importProgress(
  mode: ProgressMode,
  fileBytes: number,
): ProgressDisplay {
  const chosen =
    mode === 'auto' ? (process.stderr.isTTY ? 'bar' : 'none') : mode;
  if (chosen === 'bar') return barDisplay(fileBytes);
  if (chosen === 'lines') return lineDisplay(fileBytes);
  return {
    update: () => undefined,
    bytes: () => undefined,
    stop: () => undefined,
  };
}

function barDisplay(fileBytes: number): ProgressDisplay {
  const bar = new cliProgress.SingleBar(
    {
      format: '{phase} [{bar}] {percentage}% | {rows} rows | {duration}s',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(Math.max(fileBytes, 1), 0, { rows: 0, phase: 'reading' });

  // Once the file is read the import checks and stores the rows, which on
  // a large file takes a while more: the label says so.
  const phase = (bytes: number) => (bytes >= fileBytes ? 'storing' : 'reading');
  return {
    update: ({ rows, bytes }) =>
      bar.update(bytes, { rows, phase: phase(bytes) }),
    bytes: (sent) => bar.update(sent, { rows: '-', phase: 'sending' }),
    stop: () => bar.stop(),
  };
}

// A line every half second, and at every 50,000 rows however fast they go.
function lineDisplay(fileBytes: number): ProgressDisplay {
  let last = 0;
  let lastBlock = 0;
  const print = (bytes: number, rows: number | null) => {
    const now = Date.now();
    const block = Math.floor((rows ?? 0) / LINE_EVERY_ROWS);
    if (now - last < LINE_EVERY_MS && block <= lastBlock) return;
    last = now;
    lastBlock = block;
    const read = `${megabytes(bytes)} of ${megabytes(fileBytes)} MB`;
    process.stderr.write(
      rows === null
        ? `progress: ${read}\n`
        : `progress: ${rows} rows, ${read}\n`,
    );
  };

  return {
    update: ({ rows, bytes }) => print(bytes, rows),
    bytes: (sent) => print(sent, null),
    stop: () => undefined,
  };
}

/** Bytes as megabytes with one decimal, e.g. "12.3". */
function megabytes(bytes: number): string {
  const tenths = Math.round(bytes / 100_000);
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// PGlite takes no lock on its folder and two processes on one folder corrupt
// it, so the embedded store has exactly one owner, recorded in this file.

export interface LockOwner {
  pid: number;
  host: string;
  command: string;
  /** Where the owner serves HTTP, when it is a running server. */
  url: string | null;
  since: string;
}

export class DataDirBusyError extends Error {
  readonly code = 'DATA_DIR_BUSY';

  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    const serving = owner.url ? ` serving ${owner.url}` : '';
    super(
      `The data folder ${dataDir} is in use by process ${owner.pid} ` +
        `(tierline ${owner.command}${serving}, since ${owner.since}). ` +
        (owner.url
          ? 'Send the command through the running server, or stop it first.'
          : 'Wait for it to finish, or stop it first.'),
    );
  }
}

export interface DataDirLock {
  readonly file: string;
  /** Records the URL the owner serves, so other commands can use it. */
  setUrl(url: string): void;
  release(): void;
}

export function lockFilePath(dataDir: string): string {
  return path.join(dataDir, 'tierline.lock');
}

/** The live owner of the data folder, or null when it is free. */
export function readLockOwner(dataDir: string): LockOwner | null {
  const owner = readOwnerFile(lockFilePath(dataDir));
  return owner && isAlive(owner) ? owner : null;
}

export function acquireDataDirLock(
  dataDir: string,
  command: string,
): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = lockFilePath(dataDir);
  const owner: LockOwner = {
    pid: process.pid,
    host: os.hostname(),
    command,
    url: null,
    since: new Date().toISOString(),
  };

  // Two attempts: the second after removing a lock left by a dead process.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(owner), { flag: 'wx' });
      return ownedLock(file, owner);
    } catch (error) {
      if (!isErrno(error, 'EEXIST')) throw error;
    }

    const current = readOwnerFile(file);
    if (current && isAlive(current))
      throw new DataDirBusyError(dataDir, current);
    fs.rmSync(file, { force: true });
  }

  const current = readOwnerFile(file);
  throw new DataDirBusyError(
    dataDir,
    current ?? { ...owner, pid: -1, command: 'unknown' },
  );
}

function ownedLock(file: string, owner: LockOwner): DataDirLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    const current = readOwnerFile(file);
    if (current?.pid === owner.pid) fs.rmSync(file, { force: true });
  };
  process.once('exit', release);

  return {
    file,
    setUrl(url) {
      fs.writeFileSync(file, JSON.stringify({ ...owner, url }));
    },
    release() {
      process.removeListener('exit', release);
      release();
    },
  };
}

function readOwnerFile(file: string): LockOwner | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockOwner;
  } catch {
    return null;
  }
}

function isAlive(owner: LockOwner): boolean {
  // A lock written on another host cannot be checked; treat it as held.
  if (owner.host !== os.hostname()) return true;
  if (owner.pid === process.pid) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return isErrno(error, 'EPERM');
  }
}

function isErrno(error: unknown, code: string): boolean {
  return (
    error instanceof Error && (error as NodeJS.ErrnoException).code === code
  );
}

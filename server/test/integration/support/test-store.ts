import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openStore, type Store } from '../../../src/db/database.js';
import { copyPgliteTemplate } from './pglite-template.js';

/**
 * The integration suite runs on PGlite by default and on a PostgreSQL server
 * when TIERLINE_TEST_DATABASE_URL is set (a database the suite may use to
 * create and drop databases of its own; each test store gets a fresh one).
 */
export const testServerUrl = process.env.TIERLINE_TEST_DATABASE_URL ?? null;
export const storeKind = testServerUrl ? 'postgres' : 'pglite';

export interface TestStore {
  store: Store;
  /** The settings a child process needs to open the same store. */
  env: { DATABASE_URL?: string; TIERLINE_DATA_DIR: string };
  /** Closes the store and drops what it made. */
  dispose(): Promise<void>;
}

/** A fresh, migrated, empty store. */
export async function createTestStore(): Promise<TestStore> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierline-test-'));
  if (!testServerUrl) {
    await copyPgliteTemplate(dataDir);
    const store = await openStore(
      { databaseUrl: null, dataDir },
      { command: 'test' },
    );
    return {
      store,
      env: { TIERLINE_DATA_DIR: dataDir },
      async dispose() {
        await store.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }

  const name = `tierline_test_${crypto.randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(testServerUrl);
  url.pathname = `/${name}`;
  const store = await openStore(
    { databaseUrl: url.toString(), dataDir },
    { command: 'test' },
  );
  return {
    store,
    env: { DATABASE_URL: url.toString(), TIERLINE_DATA_DIR: dataDir },
    async dispose() {
      await store.close();
      await adminQuery(`drop database if exists ${name} with (force)`);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh store with its connection closed, for tests that run the CLI. */
export async function createClosedTestStore(): Promise<
  Omit<TestStore, 'store'> & { reopen(): Promise<Store> }
> {
  const test = await createTestStore();
  await test.store.close();
  const config = {
    databaseUrl: test.env.DATABASE_URL ?? null,
    dataDir: test.env.TIERLINE_DATA_DIR,
  };
  return {
    env: test.env,
    reopen: () => openStore(config, { command: 'test' }),
    async dispose() {
      if (testServerUrl) {
        const name = new URL(config.databaseUrl ?? '').pathname.slice(1);
        await adminQuery(`drop database if exists ${name} with (force)`);
      }
      fs.rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: testServerUrl ?? '' });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

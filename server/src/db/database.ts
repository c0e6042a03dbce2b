import fs from 'node:fs';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { Config } from '../platform/config.js';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';
import * as schema from './schema.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A single connection, inside a transaction when given by `transaction`. */
export interface Connection {
  query<Row = Record<string, unknown>>(
    text: string,
    params?: unknown[],
  ): Promise<Row[]>;
  /** Streams CSV (or text-format) data into `COPY ... FROM STDIN`. */
  copyFrom(
    copySql: string,
    data: AsyncIterable<Buffer | string>,
  ): Promise<void>;
  /** Streams the output of `COPY ... TO STDOUT`. */
  copyTo(copySql: string): AsyncIterable<Buffer>;
}

export interface Store {
  readonly kind: 'pglite' | 'postgres';
  /** Typed queries (Drizzle) outside raw transactions. */
  readonly db: Db;
  /** Where the data lives, for messages: a folder or a server address. */
  readonly location: string;
  /** Runs `fn` in one transaction on one connection; rolls back on throw. */
  transaction<T>(fn: (connection: Connection) => Promise<T>): Promise<T>;
  /** Applies pending migrations (idempotent). */
  migrate(): Promise<void>;
  /** The data-folder lock of the embedded store, null on a server. */
  readonly lock: DataDirLock | null;
  close(): Promise<void>;
}

const MIGRATION_LOCK = 7_201_001;

export const migrationsFolder = fileURLToPath(
  new URL('../../drizzle', import.meta.url),
);

export interface OpenOptions {
  /** The command that owns the embedded store, for the lock file. */
  command: string;
  /** Apply pending migrations right away (default true). */
  migrate?: boolean;
}

export async function openStore(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  options: OpenOptions,
): Promise<Store> {
  const store = config.databaseUrl
    ? openServerStore(config.databaseUrl)
    : await openEmbeddedStore(config.dataDir, options.command);

  if (options.migrate ?? true) {
    try {
      await migrateStore(store);
    } catch (error) {
      await store.close();
      throw error;
    }
  }
  return store;
}

export function migrateStore(store: Store): Promise<void> {
  return store.migrate();
}

async function openEmbeddedStore(
  dataDir: string,
  command: string,
): Promise<Store> {
  const lock = acquireDataDirLock(dataDir, command);
  const pgDir = path.join(dataDir, 'pg');
  let client: PGlite;
  try {
    fs.mkdirSync(pgDir, { recursive: true });
    client = await PGlite.create(pgDir);
  } catch (error) {
    lock.release();
    throw error;
  }

  const pgliteDb = drizzlePglite(client, { schema });

  return {
    kind: 'pglite',
    db: pgliteDb as unknown as Db,
    migrate: () => migratePglite(pgliteDb, { migrationsFolder }),
    location: dataDir,
    lock,
    transaction: (fn) => client.transaction((tx) => fn(pgliteConnection(tx))),
    async close() {
      try {
        await client.close();
      } finally {
        lock.release();
      }
    },
  };
}

function pgliteConnection(tx: Transaction): Connection {
  return {
    async query<Row>(text: string, params: unknown[] = []) {
      const result = await tx.query<Row>(text, params);
      return result.rows;
    },
    async copyFrom(copySql, data) {
      // PGlite reads COPY input from a blob; callers bound its size by
      // sending the data in slices.
      const chunks: Buffer[] = [];
      for await (const chunk of data) {
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      }
      const blob = new Blob(chunks);
      await tx.query(copySql.replace(/\bSTDIN\b/i, "'/dev/blob'"), [], {
        blob,
      });
    },
    copyTo(copySql) {
      return (async function* () {
        const result = await tx.query(
          copySql.replace(/\bSTDOUT\b/i, "'/dev/blob'"),
        );
        if (result.blob) yield Buffer.from(await result.blob.arrayBuffer());
      })();
    },
  };
}

function openServerStore(databaseUrl: string): Store {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // An idle client's network error must not crash the process.
  pool.on('error', () => undefined);
  const db = drizzlePg(pool, { schema }) as unknown as Db;

  return {
    kind: 'postgres',
    db,
    async migrate() {
      // Several servers may start at once against one database: one
      // migrates while the others wait, then find nothing left to do.
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await migratePg(drizzlePg(client), { migrationsFolder });
      } finally {
        await client
          .query('select pg_advisory_unlock($1)', [MIGRATION_LOCK])
          .catch(() => undefined);
        client.release();
      }
    },
    location: redactUrl(databaseUrl),
    lock: null,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn(serverConnection(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

function serverConnection(client: pg.PoolClient): Connection {
  return {
    async query<Row>(text: string, params: unknown[] = []) {
      const result = await client.query(text, params);
      return result.rows as Row[];
    },
    async copyFrom(copySql, data) {
      const sink = client.query(copyFrom(copySql));
      await pipeline(Readable.from(data), sink as Writable);
    },
    copyTo(copySql) {
      return client.query(copyTo(copySql)) as AsyncIterable<Buffer>;
    },
  };
}

function redactUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    url.password = url.password ? '***' : '';
    return url.toString();
  } catch {
    return 'a PostgreSQL server';
  }
}

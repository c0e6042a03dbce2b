// The PostgreSQL databases the benchmarks measure in: each run creates its
// own and drops it afterwards. BENCH_DATABASE_URL names a database of a
// role allowed to create and drop databases.
import crypto from 'node:crypto';
import pg from 'pg';

const serverUrl =
  process.env.BENCH_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh database, or the named one an earlier run kept. */
export async function benchDatabase(existing?: string): Promise<BenchDatabase> {
  const name =
    existing ?? `tierline_bench_${crypto.randomBytes(4).toString('hex')}`;
  if (existing === undefined) await adminQuery(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;

  return {
    name,
    url: url.toString(),
    drop: () => adminQuery(`drop database if exists ${name} with (force)`),
  };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

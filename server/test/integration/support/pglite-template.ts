import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrationsFolder, openStore } from '../../../src/db/database.js';

// Opening a new PGlite store and running every migration takes about 5 s on
// these machines; copying the folder of one already migrated takes well
// under one. The suite builds one migrated store per set of migrations and
// each test store starts as a copy of it.

/** The embedded store's own folder inside a data folder. */
const PG_FOLDER = 'pg';

export const TEMPLATE_ENV = 'TIERLINE_TEST_PGLITE_TEMPLATE';

/** A digest of the migration files: a changed migration makes a new template. */
function migrationsDigest(): string {
  const hash = crypto.createHash('sha256');
  const files = fs
    .readdirSync(migrationsFolder, { recursive: true, encoding: 'utf8' })
    .sort();
  for (const file of files) {
    const full = path.join(migrationsFolder, file);
    if (!fs.statSync(full).isFile()) continue;
    hash.update(file).update('\0').update(fs.readFileSync(full));
  }

  return hash.digest('hex').slice(0, 16);
}

/**
 * The folder of a migrated, empty PGlite store for the current migrations,
 * built on first use. Concurrent builders race harmlessly: each builds its
 * own folder and the first rename wins.
 */
export async function pgliteTemplate(): Promise<string> {
  const known = process.env[TEMPLATE_ENV];
  if (known && fs.existsSync(path.join(known, PG_FOLDER))) return known;

  const template = path.join(
    os.tmpdir(),
    `tierline-test-template-${migrationsDigest()}`,
  );
  if (!fs.existsSync(path.join(template, PG_FOLDER))) {
    const building = fs.mkdtempSync(`${template}-building-`);
    const store = await openStore(
      { databaseUrl: null, dataDir: building },
      { command: 'test template' },
    );
    await store.close();
    try {
      fs.renameSync(building, template);
    } catch {
      fs.rmSync(building, { recursive: true, force: true });
    }
  }
  process.env[TEMPLATE_ENV] = template;

  return template;
}

/** Copies the migrated store into `dataDir` (which must be empty). */
export async function copyPgliteTemplate(dataDir: string): Promise<void> {
  const template = await pgliteTemplate();
  fs.cpSync(path.join(template, PG_FOLDER), path.join(dataDir, PG_FOLDER), {
    recursive: true,
  });
}

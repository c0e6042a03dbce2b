import { pgliteTemplate } from './pglite-template.js';
import { testServerUrl } from './test-store.js';

/** Builds the migrated PGlite template once, before the test files fork. */
export default async function setup(): Promise<void> {
  if (!testServerUrl) await pgliteTemplate();
}

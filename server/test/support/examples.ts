// The worked examples of ../shared/examples, read in place. A missing
// folder fails the tests that use it; it is never a skip.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

export const examplesDir =
  process.env.TIERLINE_EXAMPLES_DIR ??
  path.resolve(repoRoot, '../shared/examples');

/** The example folders, in order; throws when the folder is missing. */
export function exampleNames(): string[] {
  if (!fs.existsSync(examplesDir)) {
    throw new Error(
      `the examples folder ${examplesDir} is missing: set TIERLINE_EXAMPLES_DIR`,
    );
  }
  return fs
    .readdirSync(examplesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function exampleFile(example: string, file: string): string {
  return path.join(examplesDir, example, file);
}

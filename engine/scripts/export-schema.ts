// Writes docs/program.schema.json from the program model's zod schema, so
// editors can check program files. Run: npx tsx engine/scripts/export-schema.ts
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { programJsonSchema } from '../src/index.js';

const repoRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../..',
);
const target = path.join(repoRoot, 'docs', 'program.schema.json');

// Printed the way `npm run format` would print it, so format:check passes.
const options = (await resolveConfig(target)) ?? {};
const text = await format(JSON.stringify(programJsonSchema()), {
  ...options,
  filepath: target,
});

writeFileSync(target, text);
console.log(`wrote ${path.relative(repoRoot, target)}`);

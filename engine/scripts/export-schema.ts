// Writes docs/program.schema.json from the program model's zod schema, so
// editors can check program files. Run: npx tsx engine/scripts/export-schema.ts
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { programJsonSchema } from '../src/index.js';

const repoRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../..',
);
const target = path.join(repoRoot, 'docs', 'program.schema.json');

writeFileSync(target, `${JSON.stringify(programJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path.relative(repoRoot, target)}`);

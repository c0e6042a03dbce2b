import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { programJsonSchema } from '../src/index.js';

const schemaFile = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../docs/program.schema.json',
);

describe('programJsonSchema', () => {
  describe('when compared with docs/program.schema.json', () => {
    it('matches the committed file (regenerate with engine/scripts/export-schema.ts)', () => {
      const committed: unknown = JSON.parse(readFileSync(schemaFile, 'utf8'));

      expect(committed).toEqual(programJsonSchema());
    });
  });

  describe('when a program file is checked by an editor', () => {
    it('requires the fields §4.2 requires and refuses unknown ones', () => {
      const schema = programJsonSchema();

      expect(schema['required']).toEqual([
        'format',
        'code',
        'name',
        'currency',
        'period',
        'measure',
        'tiers',
      ]);
      expect(schema['additionalProperties']).toBe(false);
    });
  });
});

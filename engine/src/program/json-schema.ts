// The JSON Schema of a program file, for editors and for docs/.
import { z } from 'zod';
import { programFileSchema } from './schema.js';

export function programJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(programFileSchema, {
    io: 'input',
    target: 'draft-2020-12',
  });
}

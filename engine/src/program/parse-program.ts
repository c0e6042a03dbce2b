// Reads a `tierline/program@1` file (YAML or JSON) into a normalized Program.
import type { ParseProgramResult } from './program.js';

export function parseProgram(
  text: string,
  fileName?: string,
): ParseProgramResult {
  return {
    ok: false,
    problems: [
      {
        path: '',
        message: `not implemented yet (${fileName ?? 'program'}, ${String(text.length)} characters)`,
      },
    ],
  };
}

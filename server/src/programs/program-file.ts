// Reads a `tierline/program@1` file (DESIGN §4.2): the engine validates it,
// and the document is kept as written, so an export gives back every field.
import {
  parseProgram,
  type Program,
  type ProgramProblem,
} from '@tierline/engine';
import { parse as parseYaml } from 'yaml';
import { ProgramError } from './program-errors.js';

export const programFileFormats = ['yaml', 'json'] as const;
export type ProgramFileFormat = (typeof programFileFormats)[number];

/** The file as JSON: the keys and values the file wrote, no defaults added. */
export type ProgramDocument = Record<string, unknown>;

export type ReadProgramFileResult =
  | { ok: true; document: ProgramDocument; program: Program }
  | { ok: false; problems: ProgramProblem[] };

export function readProgramFile(
  text: string,
  format: ProgramFileFormat,
): ReadProgramFileResult {
  // A .json name makes the engine insist on JSON, not YAML that parses.
  const parsed = parseProgram(
    text,
    format === 'json' ? 'program.json' : 'program.yaml',
  );
  if (!parsed.ok) return parsed;

  // The engine read the same text as YAML 1.2 (which contains JSON) and
  // refused numbers a double cannot hold, so this reading loses nothing.
  const document: unknown = parseYaml(text, { version: '1.2' });
  if (!isDocument(document)) {
    return { ok: false, problems: [{ path: '', message: 'not a mapping' }] };
  }

  return { ok: true, document, program: parsed.program };
}

/** The file's text and how it is written. */
export interface ProgramFileInput {
  text: string;
  format: ProgramFileFormat;
}

/** The valid file, or a refusal listing every problem with its path. */
export function requireProgramFile(
  file: ProgramFileInput,
): Extract<ReadProgramFileResult, { ok: true }> {
  const read = readProgramFile(file.text, file.format);
  if (read.ok) return read;

  throw new ProgramError(
    'program_invalid',
    codeIn(file.text),
    read.problems.map((problem) => ({
      path: problem.path,
      message: problem.message,
    })),
  );
}

/** The code an invalid file names, if it can be read, for messages. */
function codeIn(text: string): string {
  try {
    const value: unknown = parseYaml(text, { version: '1.2' });
    return isDocument(value) && typeof value.code === 'string'
      ? value.code
      : '';
  } catch {
    return '';
  }
}

/** A stored definition as the engine's Program; it was valid when stored. */
// Stored definitions are parsed again and again (every refresh reads every
// program in force); an approved version never changes, so its parse is kept,
// keyed by the definition's own text. Programs are never mutated.
const parsedDefinitions = new Map<string, Program>();
const PARSED_DEFINITIONS_KEPT = 5_000;

export function programOf(definition: unknown): Program {
  const text = JSON.stringify(definition);
  const known = parsedDefinitions.get(text);
  if (known !== undefined) return known;

  const parsed = parseProgram(text, 'definition.json');
  if (!parsed.ok) {
    const first = parsed.problems[0];
    throw new Error(
      `a stored program definition is not valid: ${first?.path ?? ''} ` +
        `${first?.message ?? ''}`,
    );
  }

  if (parsedDefinitions.size >= PARSED_DEFINITIONS_KEPT) {
    const oldest = parsedDefinitions.keys().next();
    if (!oldest.done) parsedDefinitions.delete(oldest.value);
  }
  parsedDefinitions.set(text, parsed.program);
  return parsed.program;
}

export function isDocument(value: unknown): value is ProgramDocument {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A version's file names the program it belongs to. */
export function assertFileCode(program: Program, code: string): void {
  if (program.code === code) return;

  throw new ProgramError('program_code_mismatch', code, [
    { path: 'code', message: `must be ${code}`, value: program.code },
  ]);
}

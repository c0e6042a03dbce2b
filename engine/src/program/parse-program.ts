// Reads a `tierline/program@1` file, YAML or JSON, into a normalized Program,
// or lists every problem with its path (DESIGN §4.2).
import { crossCheckProgram } from './cross-checks.js';
import { problemsFromIssues, programErrorMap } from './issues.js';
import { normalizeProgram } from './normalize.js';
import type { ParseProgramResult, ProgramProblem } from './program.js';
import { readDocument } from './read-document.js';
import { programFileSchema } from './schema.js';

/** A `.json` file must be JSON, not just YAML that happens to parse. */
function jsonProblems(
  text: string,
  fileName: string | undefined,
): ProgramProblem[] {
  if (fileName === undefined || !fileName.toLowerCase().endsWith('.json')) {
    return [];
  }

  try {
    JSON.parse(text);
    return [];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [{ path: '', message: `not valid JSON: ${reason}` }];
  }
}

export function parseProgram(
  text: string,
  fileName?: string,
): ParseProgramResult {
  const notJson = jsonProblems(text, fileName);
  if (notJson.length > 0) return { ok: false, problems: notJson };

  const document = readDocument(text);
  if (!document.ok) return { ok: false, problems: document.problems };

  const shape = programFileSchema.safeParse(document.value, {
    error: programErrorMap,
  });
  const shapeProblems = shape.success
    ? []
    : problemsFromIssues(shape.error.issues);

  // One place, one problem: a field the schema refused is not checked again.
  const refusedPaths = new Set(shapeProblems.map((problem) => problem.path));
  const crossProblems = crossCheckProgram(
    document.value,
    document.numberTexts,
  ).filter((problem) => !refusedPaths.has(problem.path));

  const problems = [...shapeProblems, ...crossProblems];
  if (!shape.success || problems.length > 0) {
    return { ok: false, problems };
  }

  return {
    ok: true,
    program: normalizeProgram(shape.data, document.numberTexts),
  };
}

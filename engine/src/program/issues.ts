// Turns zod's issues into the problems a program author reads: a path in the
// file and a short message, one problem per mistake.
import type { z } from 'zod';
import type { ProgramProblem } from './program.js';
import { formatPath } from './path.js';

type RawIssue = z.core.$ZodRawIssue;

const ARTICLES: Record<string, string> = {
  array: 'a list',
  object: 'an object with fields',
  int: 'a whole number',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
};

function listValues(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

/** Messages for every issue the schema does not word itself. */
export function programErrorMap(issue: RawIssue): string {
  if (issue.input === undefined && issue.code !== 'unrecognized_keys') {
    return 'is required';
  }

  switch (issue.code) {
    case 'invalid_type':
      return `must be ${ARTICLES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${listValues(issue.values)}`
        : `must be one of ${listValues(issue.values)}`;
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'string') {
        return 'must not be empty';
      }
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return 'is not a field here';
    default:
      return 'is not valid here';
  }
}

/** An unknown field is reported at its own path, one problem per field. */
export function problemsFromIssues(
  issues: readonly z.core.$ZodIssue[],
): ProgramProblem[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: formatPath([...issue.path, key]),
        message: 'is not a field of a tierline/program@1 file',
      }));
    }

    return [{ path: formatPath(issue.path), message: issue.message }];
  });
}

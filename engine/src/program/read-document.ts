// Reads a program file's text, YAML or JSON (JSON is read as YAML 1.2, which
// contains it), and keeps every number as written: a reader has already
// rounded a long number to a double, so only its text can tell.
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { ProgramProblem } from './program.js';
import { formatPath, type PathSegment } from './path.js';

export type ReadDocumentResult =
  | { ok: true; value: unknown; numberTexts: Map<string, string> }
  | { ok: false; problems: ProgramProblem[] };

function collectNumberTexts(
  node: unknown,
  path: PathSegment[],
  texts: Map<string, string>,
): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '?';
      collectNumberTexts(pair.value, [...path, key], texts);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      collectNumberTexts(item, [...path, index], texts);
    });
  } else if (isScalar(node) && typeof node.value === 'number') {
    texts.set(formatPath(path), node.source ?? String(node.value));
  }
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/:$/, '');
}

export function readDocument(text: string): ReadDocumentResult {
  const document = parseDocument(text, {
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: true,
  });
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => ({
        path: '',
        message: firstLine(error.message),
      })),
    };
  }

  const contents: Node | null = document.contents;
  if (contents === null) {
    return {
      ok: false,
      problems: [{ path: '', message: 'the file is empty' }],
    };
  }

  const numberTexts = new Map<string, string>();
  collectNumberTexts(contents, [], numberTexts);

  return { ok: true, value: document.toJS(), numberTexts };
}

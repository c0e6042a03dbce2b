// Paths into a program file, counted from 0: `tiers[2].from`.

export type PathSegment = string | number;

export function formatPath(segments: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of segments) {
    if (typeof segment === 'number') text += `[${String(segment)}]`;
    else text += text === '' ? String(segment) : `.${String(segment)}`;
  }

  return text;
}

// Values in PostgreSQL's COPY text format: tab-separated, \N for null.

export const COPY_NULL = '\\N';

const SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
};

/** A text value, escaped for COPY. */
export function copyText(value: string): string {
  return SPECIAL.test(value)
    ? value.replace(/[\\\t\n\r]/g, (special) => ESCAPES[special] ?? special)
    : value;
}

export function copyNullable(value: string | null): string {
  return value === null ? COPY_NULL : copyText(value);
}

/** A text[] value, as an array literal escaped for COPY. */
export function copyTextArray(values: readonly string[]): string {
  const elements = values.map(
    (value) => `"${value.replace(/[\\"]/g, (special) => `\\${special}`)}"`,
  );
  return copyText(`{${elements.join(',')}}`);
}

import type { BadRow } from '../../api/types';

const quoted = (value: string) =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/**
 * The bad rows as CSV with a BOM, so Excel in China opens the Chinese
 * messages as UTF-8. The header follows the console's language.
 */
export function badRowsCsv(rows: BadRow[], header: string[]): string {
  const lines = [
    header,
    ...rows.map((row) => [
      String(row.row),
      row.column ?? '',
      row.code,
      row.message,
      row.value ?? '',
    ]),
  ];

  return `\uFEFF${lines.map((line) => line.map(quoted).join(',')).join('\r\n')}\r\n`;
}

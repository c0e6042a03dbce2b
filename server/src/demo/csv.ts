// The demo writes the same CSV files a user would export from an ERP, and
// streams them in slices so the two years of sales never sit in memory whole.

const sliceChars = 64 * 1024;

export function csvRow(values: readonly string[]): string {
  return values.map(csvField).join(',') + '\n';
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A CSV file as UTF-8 slices: the header, then the rows (`csvRow`). */
export async function* csvStream(
  header: readonly string[],
  rows: Iterable<string>,
): AsyncGenerator<Buffer> {
  let pending = csvRow(header);
  for (const row of rows) {
    pending += row;
    if (pending.length >= sliceChars) {
      yield Buffer.from(pending);
      pending = '';
    }
  }
  if (pending) yield Buffer.from(pending);
}

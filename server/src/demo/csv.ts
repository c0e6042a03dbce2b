import { createHash } from 'node:crypto';

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

/** Passes a stream through while computing its sha256. */
export function hashing(source: AsyncIterable<Buffer>): {
  stream: AsyncGenerator<Buffer>;
  sha256(): string;
} {
  const hash = createHash('sha256');
  let digest: string | null = null;
  return {
    stream: (async function* () {
      for await (const chunk of source) {
        hash.update(chunk);
        yield chunk;
      }
      digest = hash.digest('hex');
    })(),
    sha256() {
      if (digest === null) throw new Error('the stream has not ended yet');
      return digest;
    },
  };
}

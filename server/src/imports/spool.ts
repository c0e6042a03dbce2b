// A file's validated rows, as COPY lines in a temporary file, for the rare
// import that must read them twice: the fast path copied them straight into
// their table and was refused. Removed when the import ends; a killed
// process leaves it in the system's temporary folder.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CopyBatch } from './copy-slices.js';

const NEWLINE = 10;

export class Spool {
  private readonly file = path.join(
    os.tmpdir(),
    `tierline-import-${crypto.randomBytes(8).toString('hex')}.copy`,
  );
  private readonly out = fs.createWriteStream(this.file);
  private failure: Error | null = null;
  private closing: Promise<void> | null = null;

  constructor() {
    this.out.on('error', (error) => {
      this.failure = error;
    });
  }

  async write(text: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (text === '' || this.out.write(text)) return;
    await new Promise<void>((resolve) => this.out.once('drain', resolve));
  }

  /** Ends writing; the lines can then be read back. */
  async close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      this.out.end(() => resolve());
      this.out.once('error', () => resolve());
    });
    await this.closing;
    if (this.failure) throw this.failure;
  }

  /** The lines back, in chunks that end at a line break. */
  async *batches(): AsyncGenerator<CopyBatch> {
    let carry = Buffer.alloc(0);
    for await (const chunk of fs.createReadStream(this.file)) {
      const bytes = Buffer.concat([carry, chunk as Buffer]);
      const end = bytes.lastIndexOf(NEWLINE) + 1;
      carry = bytes.subarray(end);
      if (end > 0) {
        const data = bytes.subarray(0, end);
        yield { data, rows: countLines(data) };
      }
    }
    if (carry.length > 0) yield { data: carry, rows: countLines(carry) + 1 };
  }

  async remove(): Promise<void> {
    await this.close().catch(() => undefined);
    await fs.promises.rm(this.file, { force: true });
  }
}

function countLines(data: Buffer): number {
  let count = 0;
  for (
    let at = data.indexOf(NEWLINE);
    at >= 0;
    at = data.indexOf(NEWLINE, at + 1)
  ) {
    count += 1;
  }
  return count;
}

// Counts and hashes the bytes of an input as they stream past, so an import
// knows the file's size and sha256 without holding it.
import { createHash, type Hash } from 'node:crypto';

export type ByteSource = NodeJS.ReadableStream | AsyncIterable<Buffer>;

export class ByteTap {
  private readonly hash: Hash = createHash('sha256');
  private readonly iterator: AsyncIterator<Buffer | string>;
  private digest: string | null = null;
  bytes = 0;

  constructor(source: ByteSource) {
    const iterable = source as AsyncIterable<Buffer | string>;
    this.iterator = iterable[Symbol.asyncIterator]();
  }

  /** The bytes, each counted and hashed once. Iterate it once. */
  async *chunks(): AsyncGenerator<Buffer> {
    for (;;) {
      const next = await this.iterator.next();
      if (next.done) return;
      const chunk =
        typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
      this.hash.update(chunk);
      this.bytes += chunk.length;
      yield chunk;
    }
  }

  /** Reads whatever the consumer left unread, then gives the sha256. */
  async sha256(): Promise<string> {
    if (this.digest === null) {
      for await (const _chunk of this.chunks()) {
        // Only hashed: a file's identity covers all of its bytes.
      }
      this.digest = this.hash.digest('hex');
    }
    return this.digest;
  }
}

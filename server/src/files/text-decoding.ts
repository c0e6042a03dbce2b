// Files come as UTF-8 (with or without BOM) or as GB18030/GBK, the way Excel
// in China saves them (DESIGN §4.1). Nothing in the file says which, so the
// first non-ASCII bytes decide: a file is GB18030 when they are not valid
// UTF-8. ASCII reads the same in both, so chunks before that pass through.
import { isAscii } from 'node:buffer';
import iconv from 'iconv-lite';
import { FileFormatError } from './bad-row.js';

export type TextEncoding = 'utf-8' | 'gb18030';

/** How many bytes after the first non-ASCII byte the decision looks at. */
const SNIFF_BYTES = 4096;

export interface DecodedText {
  /** The file's text in chunks, BOM removed. */
  chunks: AsyncIterable<string>;
  /** The encoding, once decided (null while the file has been ASCII). */
  encoding(): TextEncoding | null;
}

export function decodeText(bytes: AsyncIterable<Buffer>): DecodedText {
  let encoding: TextEncoding | null = null;

  async function* chunks(): AsyncGenerator<string> {
    let decode: ((chunk: Buffer) => string) | null = null;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let firstNonAscii = -1;

    for await (const chunk of bytes) {
      if (decode) {
        yield decode(chunk);
        continue;
      }

      if (firstNonAscii < 0) {
        const at = nonAsciiIndex(chunk);
        if (at < 0) {
          yield chunk.toString('latin1');
          continue;
        }
        firstNonAscii = at;
        pending = [chunk];
        pendingBytes = chunk.length - at;
      } else {
        pending.push(chunk);
        pendingBytes += chunk.length;
      }
      if (pendingBytes < SNIFF_BYTES) continue;

      const held = Buffer.concat(pending);
      encoding = detect(held.subarray(firstNonAscii));
      decode = decoderFor(encoding);
      yield decode(held);
      pending = [];
    }

    if (!decode && pending.length > 0) {
      const held = Buffer.concat(pending);
      encoding = detect(held.subarray(firstNonAscii));
      decode = decoderFor(encoding);
      yield decode(held);
    }
    if (decode) yield decode(Buffer.alloc(0));
  }

  return { chunks: chunks(), encoding: () => encoding };
}

function nonAsciiIndex(chunk: Buffer): number {
  if (isAscii(chunk)) return -1;
  for (let i = 0; i < chunk.length; i++) {
    if ((chunk[i] ?? 0) >= 0x80) return i;
  }
  return -1;
}

function detect(sample: Buffer): TextEncoding {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** A streaming decoder; an empty chunk flushes it at the end of the file. */
function decoderFor(encoding: TextEncoding): (chunk: Buffer) => string {
  if (encoding === 'gb18030') {
    const decoder = iconv.getDecoder('gb18030');
    return (chunk) =>
      chunk.length === 0 ? (decoder.end() ?? '') : decoder.write(chunk);
  }

  // TextDecoder drops a leading BOM itself.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  return (chunk) => {
    try {
      const text = decoder.decode(chunk, { stream: chunk.length > 0 });
      offset += chunk.length;
      return text;
    } catch {
      throw new FileFormatError(
        `the file mixes encodings: it reads as UTF-8 at first but not ` +
          `near byte ${offset}; save it as UTF-8 or GB18030`,
      );
    }
  };
}

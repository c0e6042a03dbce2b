import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { FileFormatError } from '../../../src/files/bad-row.js';
import { decodeText } from '../../../src/files/text-decoding.js';

async function decode(chunks: Buffer[]) {
  const decoded = decodeText(
    (async function* () {
      for (const chunk of chunks) yield chunk;
    })(),
  );
  let text = '';
  for await (const part of decoded.chunks) text += part;
  return { text, encoding: decoded.encoding() };
}

const chinese = 'code,name\nC001,上海瑞丰商贸有限公司\n';

describe('decodeText', () => {
  describe('when the file is UTF-8', () => {
    it('reads it, with or without a BOM', async () => {
      const plain = await decode([Buffer.from(chinese)]);
      const withBom = await decode([
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(chinese)]),
      ]);

      expect(plain).toEqual({ text: chinese, encoding: 'utf-8' });
      expect(withBom).toEqual({ text: chinese, encoding: 'utf-8' });
    });

    it('reads characters split across chunks', async () => {
      const bytes = Buffer.from(chinese);
      const at = bytes.indexOf(Buffer.from('瑞')) + 1;

      const split = await decode([bytes.subarray(0, at), bytes.subarray(at)]);

      expect(split.text).toBe(chinese);
    });
  });

  describe('when the file is GB18030', () => {
    it('detects it from its first non-ASCII bytes', async () => {
      const result = await decode([iconv.encode(chinese, 'gb18030')]);

      expect(result).toEqual({ text: chinese, encoding: 'gb18030' });
    });

    it('detects it when the Chinese text starts after a long ASCII part', async () => {
      const ascii = 'x'.repeat(100_000);
      const bytes = iconv.encode(`${ascii}\n${chinese}`, 'gb18030');

      const result = await decode([
        bytes.subarray(0, 65_536),
        bytes.subarray(65_536, 100_003),
        bytes.subarray(100_003),
      ]);

      expect(result).toEqual({
        text: `${ascii}\n${chinese}`,
        encoding: 'gb18030',
      });
    });
  });

  describe('when the file is ASCII only', () => {
    it('passes it through undecided', async () => {
      const result = await decode([Buffer.from('a,b\n1,2\n')]);

      expect(result).toEqual({ text: 'a,b\n1,2\n', encoding: null });
    });
  });

  describe('when UTF-8 text is followed by other bytes much later', () => {
    it('refuses the file as mixed encodings', async () => {
      const utf8 = Buffer.from(`${chinese}${'y'.repeat(10_000)}\n`);
      const gbk = iconv.encode('广州穗丰批发部\n', 'gb18030');

      const reading = decode([utf8, gbk]);

      await expect(reading).rejects.toBeInstanceOf(FileFormatError);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { FileFormatError } from '../../../src/files/bad-row.js';
import { readCsvRows } from '../../../src/files/csv-reader.js';
import type { TableRow } from '../../../src/files/table.js';

async function rowsOf(...chunks: string[]): Promise<TableRow[]> {
  const rows: TableRow[] = [];
  for await (const batch of readCsvRows(fromChunks(chunks))) {
    rows.push(...batch);
  }
  return rows;
}

async function* fromChunks(chunks: string[]): AsyncGenerator<string> {
  for (const chunk of chunks) yield chunk;
}

describe('readCsvRows', () => {
  describe('when lines have no quotes', () => {
    it('splits on commas and numbers rows from the header as row 1', async () => {
      const rows = await rowsOf('a,b\n1,2\n3,4\n');

      expect(rows).toEqual([
        { row: 1, cells: ['a', 'b'] },
        { row: 2, cells: ['1', '2'] },
        { row: 3, cells: ['3', '4'] },
      ]);
    });

    it('reads CRLF line ends and a last line without one', async () => {
      const rows = await rowsOf('a,b\r\n1,2\r\n3,4');

      expect(rows.map((row) => row.cells)).toEqual([
        ['a', 'b'],
        ['1', '2'],
        ['3', '4'],
      ]);
    });

    it('keeps empty cells, including trailing ones', async () => {
      const rows = await rowsOf('a,b,c\n1,,\n');

      expect(rows[1]?.cells).toEqual(['1', '', '']);
    });
  });

  describe('when values are quoted', () => {
    it('reads commas, doubled quotes and line breaks inside quotes', async () => {
      const rows = await rowsOf(
        'name,note\n"Shanghai, Ltd","say ""hi"""\n"two\nlines",x\nlast,y\n',
      );

      expect(rows).toEqual([
        { row: 1, cells: ['name', 'note'] },
        { row: 2, cells: ['Shanghai, Ltd', 'say "hi"'] },
        { row: 3, cells: ['two\nlines', 'x'] },
        { row: 5, cells: ['last', 'y'] },
      ]);
    });

    it('refuses a quote that is never closed, naming its row', async () => {
      const reading = rowsOf('a\n"open\n');

      await expect(reading).rejects.toBeInstanceOf(FileFormatError);
      await expect(reading).rejects.toThrow('row 2');
    });
  });

  describe('when the text arrives in arbitrary chunks', () => {
    it('reads the same rows whatever the chunk boundaries', async () => {
      const text = 'a,b\n"x\ny",1\r\n2,"3,4"\n5,6\n';
      const whole = await rowsOf(text);

      for (let cut = 1; cut < text.length; cut++) {
        const split = await rowsOf(text.slice(0, cut), text.slice(cut));
        expect(split).toEqual(whole);
      }
    });
  });

  describe('when a line is blank or only commas', () => {
    it('skips it but keeps counting lines', async () => {
      const rows = await rowsOf('a,b\n\n,,\n1,2\n');

      expect(rows).toEqual([
        { row: 1, cells: ['a', 'b'] },
        { row: 4, cells: ['1', '2'] },
      ]);
    });
  });
});

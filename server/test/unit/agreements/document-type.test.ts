import { describe, expect, it } from 'vitest';
import { sniffDocumentType } from '../../../src/agreements/document-type.js';
import { documentMaxBytes } from '../../../src/agreements/document-limit.js';
import { contractPdf } from '../../../src/demo/contract-pdf.js';

describe('sniffDocumentType', () => {
  describe('when the first bytes are a known signature', () => {
    it.each([
      ['a PDF', Buffer.from('%PDF-1.7\n'), 'application/pdf'],
      [
        'a PNG',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]),
        'image/png',
      ],
      ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'image/jpeg'],
      [
        'the demo contract',
        contractPdf({ title: 'T', lines: [] }),
        'application/pdf',
      ],
    ])('reads %s as %s', (_name, content, type) => {
      expect(sniffDocumentType(content)).toBe(type);
    });
  });

  describe('when they are not', () => {
    it.each([
      ['an executable', Buffer.from('MZ\x90\x00', 'latin1')],
      ['a PDF signature cut short', Buffer.from('%PDF')],
      [
        'a PNG signature one byte off',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0b]),
      ],
      ['HTML', Buffer.from('<html><script>')],
      ['an empty file', Buffer.alloc(0)],
    ])('refuses %s', (_name, content) => {
      expect(sniffDocumentType(content)).toBeNull();
    });
  });
});

describe('documentMaxBytes', () => {
  describe('when the variable is unset or empty', () => {
    it('is 10 MB', () => {
      expect(documentMaxBytes({})).toBe(10 * 1024 * 1024);
      expect(
        documentMaxBytes({ TIERLINE_AGREEMENT_DOCUMENT_MAX_BYTES: ' ' }),
      ).toBe(10 * 1024 * 1024);
    });
  });

  describe('when it is set', () => {
    it('takes a whole number of bytes', () => {
      expect(
        documentMaxBytes({ TIERLINE_AGREEMENT_DOCUMENT_MAX_BYTES: '2048' }),
      ).toBe(2048);
    });

    it.each(['0', '-1', '1.5', '10MB'])('refuses %s', (text) => {
      expect(() =>
        documentMaxBytes({ TIERLINE_AGREEMENT_DOCUMENT_MAX_BYTES: text }),
      ).toThrow('TIERLINE_AGREEMENT_DOCUMENT_MAX_BYTES');
    });
  });
});

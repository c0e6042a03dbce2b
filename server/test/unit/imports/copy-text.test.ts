import { describe, expect, it } from 'vitest';
import {
  copyNullable,
  copyText,
  copyTextArray,
} from '../../../src/imports/copy-text.js';

describe('copyText', () => {
  describe('when a value has no special characters', () => {
    it('is sent as it is', () => {
      expect(copyText('上海瑞丰 INV-001')).toBe('上海瑞丰 INV-001');
    });
  });

  describe('when a value has tabs, line breaks or backslashes', () => {
    it('escapes them for the COPY text format', () => {
      expect(copyText('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    });
  });

  describe('when a value is null', () => {
    it('is \\N', () => {
      expect(copyNullable(null)).toBe('\\N');
      expect(copyNullable('')).toBe('');
    });
  });
});

describe('copyTextArray', () => {
  describe('when tags have quotes or backslashes', () => {
    it('writes an array literal escaped twice, for the array and for COPY', () => {
      expect(copyTextArray([])).toBe('{}');
      expect(copyTextArray(['KA', '重点'])).toBe('{"KA","重点"}');
      expect(copyTextArray(['a"b', 'c\\d'])).toBe('{"a\\\\"b","c\\\\\\\\d"}');
    });
  });
});

import { describe, expect, it } from 'vitest';
import {
  displayWidth,
  padDisplay,
} from '../../../src/calculation/display-width.js';

describe('displayWidth', () => {
  describe('when text mixes ASCII and East Asian wide characters', () => {
    it.each([
      ['C001', 4],
      ['上海瑞丰商贸有限公司', 20],
      ['华东 KA', 7],
      ['ＡＢＣ', 6],
      ['한국', 4],
      ['カタカナ', 8],
      ['e\u0301', 1],
      ['𠀀', 2],
      ['', 0],
    ])('counts %j as %i columns', (text, width) => {
      expect(displayWidth(text)).toBe(width);
    });
  });
});

describe('padDisplay', () => {
  describe('when a Chinese name is padded beside an ASCII one', () => {
    it('gives both the same display width', () => {
      const names = ['杭州新禾贸易有限公司', 'Acme Ltd'];
      const padded = names.map((name) => padDisplay(name, 22, 'left'));

      expect(padded.map(displayWidth)).toEqual([22, 22]);
      expect(padDisplay('12.50', 8, 'right')).toBe('   12.50');
    });
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { enUS } from '../../src/i18n/messages/en-US';
import { zhCN } from '../../src/i18n/messages/zh-CN';
import { translate, untranslatedMark } from '../../src/i18n/translate';
import * as choices from '../../src/features/programs/editor/program-form';

const srcDir = fileURLToPath(new URL('../../src', import.meta.url));
const messagesDir = path.join(srcDir, 'i18n', 'messages');
const keys = new Set(Object.keys(zhCN));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const sources = sourceFiles(srcDir).map((file) => ({
  file: path.relative(srcDir, file),
  text: fs.readFileSync(file, 'utf8'),
}));

const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the console texts', () => {
  describe('when both languages are compared', () => {
    it('have the same keys', () => {
      expect(Object.keys(enUS).sort()).toEqual([...keys].sort());
    });

    it('have a text for every key in each language', () => {
      const empty = [...keys].filter(
        (key) =>
          !zhCN[key as keyof typeof zhCN].trim() ||
          !enUS[key as keyof typeof enUS].trim(),
      );
      expect(empty).toEqual([]);
    });

    it('have the same placeholders in each language', () => {
      const differing = [...keys].filter((key) => {
        const k = key as keyof typeof zhCN;
        return placeholders(zhCN[k]).join() !== placeholders(enUS[k]).join();
      });
      expect(differing).toEqual([]);
    });
  });

  describe('when the source asks for a text', () => {
    it('finds every key written out in a t() call', () => {
      const used = sources.flatMap(({ file, text }) =>
        [...text.matchAll(/\bt\(\s*'([^']+)'/g)].map((m) => ({
          file,
          key: m[1] ?? '',
        })),
      );
      expect(used.length).toBeGreaterThan(100);
      expect(used.filter(({ key }) => !keys.has(key))).toEqual([]);
    });

    it('finds a key for every value of a composed key', () => {
      const composed = sources.flatMap(({ text }) =>
        [...text.matchAll(/\bt\(\s*`([\w.]+)\.\$\{/g)].map((m) => m[1] ?? ''),
      );
      const prefixes = new Set(composed);
      expect(prefixes.size).toBeGreaterThan(10);
      const missing = [...prefixes].filter(
        (prefix) => ![...keys].some((key) => key.startsWith(`${prefix}.`)),
      );
      expect(missing).toEqual([]);
    });

    it('has a text for every choice the program editor offers', () => {
      const lists: [string, readonly string[]][] = [
        ['settle', choices.settles],
        ['accumulate', choices.accumulations],
        ['measure', choices.measures],
        ['base', choices.bases],
        ['method', choices.methods],
        ['rounding', choices.roundingModes],
        ['enrollment', choices.enrollments],
        ['accrual', choices.accrualTimings],
        ['payout', choices.payoutForms],
        [
          'eligibility.kind',
          [...choices.customerKinds, ...choices.productKinds],
        ],
      ];
      const missing = lists.flatMap(([prefix, values]) =>
        values
          .map((value) => `${prefix}.${value}`)
          .filter((key) => !keys.has(key)),
      );
      expect(missing).toEqual([]);
    });

    it('marks a key that has no text, so a screen shows the gap', () => {
      const missing = 'no.such.key' as keyof typeof zhCN;
      expect(translate('zh-CN', missing)).toBe(untranslatedMark('no.such.key'));
    });
  });

  describe('when a page is written', () => {
    it('holds no Chinese text outside the message files', () => {
      // The language switch names each language in itself, on purpose.
      const allowed = new Set([path.join('app', 'LanguageSwitch.tsx')]);
      const withChinese = sources
        .filter(
          ({ file }) => !file.startsWith(path.relative(srcDir, messagesDir)),
        )
        .filter(({ file }) => !allowed.has(file))
        .filter(({ text }) =>
          /[\u4e00-\u9fff]/.test(text.replace(/\/\/.*$/gm, '')),
        )
        .map(({ file }) => file);
      expect(withChinese).toEqual([]);
    });
  });
});

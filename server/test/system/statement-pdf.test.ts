// The PDF as a reader gets it back: poppler's pdftotext must find the
// Chinese text and the amounts, set in the system's Noto Sans CJK
// (fonts-noto-cjk and poppler-utils, installed by .ci/run).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { resolvePdfFonts } from '../../src/statements/pdf-font.js';
import { renderStatementPdf } from '../../src/statements/render-statement-pdf.js';
import { StatementError } from '../../src/statements/statement-errors.js';
import { statementView } from '../../src/statements/statement-view.js';
import { statement } from '../unit/statements/statement-fixtures.js';

function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf })
    .toString('utf8')
    .replace(/[ \t]+/g, ' ');
}

async function refusal(run: () => Promise<unknown>): Promise<StatementError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof StatementError) return error;
    throw error;
  }
  throw new Error('expected a StatementError');
}

// The first PDF of a process parses the CJK font's tables; on a busy machine
// that takes seconds, which is not what these tests are about.
const PDF_TIMEOUT_MS = 120_000;

describe('renderStatementPdf', { timeout: PDF_TIMEOUT_MS }, () => {
  describe('when the customer has a Chinese name', () => {
    it('prints the name, the figures and the steps as text', async () => {
      const pdf = await renderStatementPdf(statementView(statement(), 'zh-CN'));
      const text = pdfText(pdf);

      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(text).toContain('返利对账单');
      expect(text).toContain('上海瑞丰商贸有限公司（C001）');
      expect(text).toContain('本期应付返利 11,200.00');
      expect(text).toContain('320,000.00 × 3.5% = 11,200.00000');
      expect(text).toContain('粮油 123,456.78');
      expect(text).not.toContain('预览');
    });
  });

  describe('when the period is open', () => {
    it('marks every preview as such', async () => {
      const view = statementView(statement({ closed: false }), 'zh-CN');
      const text = pdfText(await renderStatementPdf(view));

      expect(text).toContain('预览 — 期间尚未结算');
    });
  });

  describe('when the font file named is missing or not a font', () => {
    it.each(['/nonexistent/NotoSansSC.ttf', 'package.json'])(
      'refuses with the install hint (%s)',
      async (path) => {
        const error = await refusal(async () =>
          resolvePdfFonts({ TIERLINE_PDF_FONT: path }),
        );

        expect(error.code).toBe('statement_font_missing');
        expect(error.status).toBe(503);
        expect(error.messages['zh-CN']).toContain('fonts-noto-cjk');
      },
    );
  });

  describe('when a name holds a character the font cannot set', () => {
    it('refuses instead of printing a box', async () => {
      const document = statement();
      document.customer.name = '独角兽🦄商贸';

      const error = await refusal(() =>
        renderStatementPdf(statementView(document, 'zh-CN')),
      );

      expect(error.code).toBe('statement_font_missing');
      expect(error.details[0]?.message).toContain('🦄');
    });
  });
});

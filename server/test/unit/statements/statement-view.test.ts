import { describe, expect, it } from 'vitest';
import { explainCalculation } from '../../../src/statements/explain-calculation.js';
import { renderStatementHtml } from '../../../src/statements/render-statement-html.js';
import { statementView } from '../../../src/statements/statement-view.js';
import { groupDigits } from '../../../src/statements/statement-format.js';
import { program, sale, statement } from './statement-fixtures.js';

function fieldsOf(html: string): Map<string, string> {
  const pairs = [...html.matchAll(/<dt>(.*?)<\/dt><dd>(.*?)<\/dd>/g)];

  return new Map(pairs.map(([, label = '', value = '']) => [label, value]));
}

describe('groupDigits', () => {
  it.each([
    ['0', '0'],
    ['999.99', '999.99'],
    ['1000', '1,000'],
    ['-1234567.8900', '-1,234,567.8900'],
    ['12345678901234567.01', '12,345,678,901,234,567.01'],
  ])('prints %s as %s without touching the decimals', (input, printed) => {
    expect(groupDigits(input)).toBe(printed);
  });
});

describe('the statement view', () => {
  describe('when a retroactive tier is reached in a closed period', () => {
    const html = renderStatementHtml(statementView(statement(), 'zh-CN'));
    const fields = fieldsOf(html);

    it('shows the customer, the figures and what is owed', () => {
      expect(fields.get('客户')).toBe('上海瑞丰商贸有限公司（C001）');
      expect(fields.get('不含税净销售额')).toBe('320,000.00');
      expect(fields.get('达成阶梯')).toBe('2');
      expect(fields.get('应得返利（未舍入）')).toBe('11,200.00000');
      expect(fields.get('本期应付返利')).toBe('11,200.00');
      expect(fields.get('序号')).toBe('42');
    });

    it('marks the reached tier and names the gap to the next one', () => {
      expect(html).toContain(
        '<tr class="emphasis"><td>2</td><td class="num">300,000</td>',
      );
      expect(html).toContain('下一阶梯：差额 180,000.00');
      expect(fields.get('达到后本期返利')).toBe('27,000.00');
    });

    it('sums the counted lines by category to the net sales', () => {
      expect(html).toContain(
        '<td>粮油</td><td class="num">123,456.78</td><td class="num">10</td>' +
          '<td class="num">1</td>',
      );
      expect(html).toContain(
        '<td>饮料</td><td class="num">196,543.22</td><td class="num">20</td>' +
          '<td class="num">2</td>',
      );
    });

    it('is not marked as a preview', () => {
      expect(html).not.toContain('预览');
    });

    it('never names the customer scope of the program', () => {
      expect(html).not.toContain('C999');
    });
  });

  describe('when the period is still open', () => {
    it('carries the preview banner', () => {
      const html = renderStatementHtml(
        statementView(statement({ closed: false }), 'zh-CN'),
      );

      expect(html).toContain('<p class="banner" role="alert">预览');
    });
  });

  describe('when earlier periods were corrected in this one', () => {
    it('adds the corrections to the rebate', () => {
      const document = statement({
        adjustmentsApplied: [
          {
            correctsPeriodStart: '2026-10-01',
            appliedPeriodStart: '2027-01-01',
            amount: '-123.45',
            source: 'facts',
            createdAt: '2027-02-01T00:00:00.000Z',
          },
        ],
      });
      const fields = fieldsOf(
        renderStatementHtml(statementView(document, 'zh-CN')),
      );

      expect(document.amounts).toEqual({
        rebate: '11200.00',
        adjustments: '-123.45',
        owed: '11076.55',
      });
      expect(fields.get('计入本期的以前期间调整')).toBe('-123.45');
      expect(fields.get('本期应付返利')).toBe('11,076.55');
    });
  });

  describe('when a name holds markup', () => {
    it('escapes it', () => {
      const document = statement();
      document.customer.name = '<script>alert("x")</script> & 公司';
      const html = renderStatementHtml(statementView(document, 'zh-CN'));

      expect(html).not.toContain('<script>');
      expect(html).toContain(
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 公司',
      );
    });
  });

  describe('when asked in en-US', () => {
    it('speaks English', () => {
      const html = renderStatementHtml(statementView(statement(), 'en-US'));
      const fields = fieldsOf(html);

      expect(html).toContain('<html lang="en-US">');
      expect(fields.get('Amount owed for the period')).toBe('11,200.00');
    });
  });
});

describe('explainCalculation', () => {
  describe('when incremental bands are reached', () => {
    it('shows every reached band part × its rate, the sum and the rounding', () => {
      const document = statement({
        program: program({ method: 'incremental', cap: {} }),
      });

      expect(explainCalculation(document, 'zh-CN')).toEqual([
        '统计窗口为 2027-01-01 至 2027-03-31，计入销售明细 3 行。',
        '考核指标（不含税净销售额）为 320,000.00。',
        '考核指标 320,000.00 不低于第 2 档起点 300,000，达到第 2 档。',
        '第 1 段（100,000 至 300,000）内的部分 200,000 × 2% = 4,000.00。',
        '第 2 段（300,000 至 500,000）内的部分 20,000.00 × 3.5% = 700.00000。',
        '合计（未舍入）：4,000.00 + 700.00000 = 4,700.00000。',
        '按四舍五入保留 2 位小数，得 4,700.00。',
        '本期返利为 4,700.00。',
      ]);
    });
  });

  describe('when a cap applies', () => {
    it('says what the cap cut', () => {
      const document = statement({
        program: program({ cap: { per_period: '5000' } }),
      });

      expect(explainCalculation(document, 'zh-CN')).toContain(
        '每期上限 5,000.00：11,200.00 封顶为 5,000.00。',
      );
      expect(document.amounts.owed).toBe('5000.00');
    });
  });

  describe('when the top tier adds a lump sum', () => {
    it('lists the lump sum beside the rate', () => {
      const document = statement({
        program: program({ cap: {} }),
        sales: [sale('P100', '600000.00')],
      });

      expect(explainCalculation(document, 'en-US')).toEqual(
        expect.arrayContaining([
          "At tier 3's rate: net sales (excl. VAT) 600,000.00 × 5% = 30,000.0000.",
          "Tier 3's lump sum: 2,000.",
          'Total before rounding: 30,000.0000 + 2,000 = 32,000.0000.',
        ]),
      );
    });
  });

  describe('when a condition fails', () => {
    it('says which and that no tier is reached', () => {
      const document = statement({
        program: program({ conditions: { min_categories: 3 } }),
      });

      expect(explainCalculation(document, 'zh-CN')).toEqual(
        expect.arrayContaining([
          '条件「至少有销售的品类数」：要求 3，实际 2，不满足，本期返利为零。',
          '未达成任何阶梯：有销售的品类数不足。',
        ]),
      );
      expect(document.amounts.owed).toBe('0.00');
    });
  });
});

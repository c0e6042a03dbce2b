import { describe, expect, it } from 'vitest';
import {
  calculate,
  toCalculateJson,
  type CalculationInput,
  type Customer,
} from '../src/index.js';
import {
  customers,
  products,
  program,
  rows,
  run,
  sale,
} from './support/build.js';

describe('row selection (§4.4)', () => {
  const quarterly = program({
    period: { start: '2027-01-01', end: '2027-12-31', settle: 'quarter' },
    tiers: [{ from: '100', rate: '1%' }],
  });

  describe('when a customer has no line dated in the term up to as-of', () => {
    it('gets no rows', () => {
      const result = rows(
        quarterly,
        [
          sale({ customerCode: 'C002', invoiceDate: '2026-12-31' }),
          sale({ customerCode: 'C003', invoiceDate: '2027-06-01' }),
        ],
        { asOf: '2027-05-31' },
      );

      expect(result).toEqual([]);
    });
  });

  describe('when a customer only has lines in another currency', () => {
    it('gets no rows and the lines become one warning', () => {
      const output = toCalculateJson(
        run(quarterly, [
          sale({ currency: 'USD' }),
          sale({ currency: 'USD', customerCode: 'C002' }),
          sale({ currency: 'USD', invoiceDate: '2028-01-05' }),
        ]),
      );

      expect(output).toEqual({
        results: [],
        warnings: [{ program: 'TEST', reason: 'currency', lines: 2 }],
      });
    });
  });

  describe('when a line has an empty currency', () => {
    it('counts it as CNY', () => {
      const [row] = rows(quarterly, [sale({ currency: '', netAmount: '500' })]);

      expect(row?.measure).toBe('500');
    });
  });

  describe('when lines name unknown customers or products', () => {
    it('leaves them out', () => {
      expect(
        rows(quarterly, [
          sale({ customerCode: 'C999' }),
          sale({ sku: 'P999' }),
        ]),
      ).toEqual([]);
    });
  });

  describe('when several programs and customers have rows', () => {
    it('sorts by program code, customer code by code point, then period', () => {
      const unusual: Customer[] = ['\u{1D400}', '\uFF3A', 'C1'].map((code) => ({
        code,
        name: code,
        group: 'G',
        region: 'R',
        tags: [],
        salesRep: 'REP1',
      }));
      const input: CalculationInput = {
        programs: [program({ code: 'B' }), program({ code: 'A' })],
        customers: unusual,
        products,
        sales: unusual.map((customer) => sale({ customerCode: customer.code })),
        targets: [],
        asOf: '2027-12-31',
      };

      const order = calculate(input).results.map(
        (row) => `${row.programCode}/${row.customerCode}`,
      );

      expect(order).toEqual([
        'A/C1',
        'A/\uFF3A',
        'A/\u{1D400}',
        'B/C1',
        'B/\uFF3A',
        'B/\u{1D400}',
      ]);
    });
  });
});

describe('calculate', () => {
  describe('when its input is frozen', () => {
    it('computes without changing it', () => {
      const input: CalculationInput = {
        programs: [program()],
        customers,
        products,
        sales: [sale({ netAmount: '150000' }), sale({ netAmount: '-1000' })],
        targets: [],
        asOf: '2027-12-31',
      };
      const before = JSON.stringify(input);

      const output = calculate(deepFreeze(input));

      expect(output.results).toHaveLength(1);
      expect(JSON.stringify(input)).toBe(before);
    });
  });

  describe('when a row is explained', () => {
    it('names the lines, tier, parts and conditions behind it', () => {
      const explained = program({
        tiers: [{ from: '100', rate: '2%', amount: '5' }],
        conditions: { min_categories: 2 },
      });

      const [result] = run(explained, [
        sale({ sku: 'P1', netAmount: '600' }),
        sale({ sku: 'P2', netAmount: '400' }),
      ]).results;

      expect(result?.explanation).toMatchObject({
        window: { start: '2027-01-01', end: '2027-12-31' },
        countedLines: 2,
        parts: [
          { kind: 'rate', tier: 1, on: '1000', ratePct: '2', amount: '20.00' },
          { kind: 'lump_sum', tier: 1, amount: '5' },
        ],
        conditions: [
          {
            condition: 'min_categories',
            required: '2',
            actual: '2',
            passed: true,
            reason: null,
          },
        ],
        rounding: { scale: 2, mode: 'half_up', rounded: '25.00' },
      });
    });
  });
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }

  return value;
}

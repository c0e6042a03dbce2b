import { describe, expect, it } from 'vitest';
import { parseProgram, type ParseProgramResult } from '../src/index.js';

const DESIGN_EXAMPLE = `
format: tierline/program@1
code: EAST-2027
name: 2027 华东经销商季度返利
currency: CNY
period: { start: 2027-01-01, end: 2027-12-31, settle: quarter, accumulate: period }
eligibility:
  customers:
    include: { groups: [华东经销商] }   # kinds: codes, groups, regions, tags
    exclude: { codes: [C0042] }
  products:
    include: { categories: [饮料, 粮油, 休闲食品] }
measure: net_amount
base: net_amount
method: retroactive
tiers:
  - { from: "1000000", rate: "2%" }
  - { from: "3000000", rate: "3.5%" }
  - { from: "5000000", rate: "5%", amount: "20000" }
conditions: { paid_within_days: 60, min_categories: 2, min_growth_pct: "5" }
cap: { per_period: "300000", total: "1000000" }
budget: "2000000"
rounding: { scale: 2, mode: half_up }
enrollment: automatic
accrual: { at: current }
accounting: { expense_account: "6601.05", liability_account: "2241.03" }
payout:
  form: account_credit
  balance: { valid_days: 365, min_order_amount: "5000", max_order_share: "30%" }
`;

const MINIMAL = {
  format: 'tierline/program@1',
  code: 'MIN',
  name: 'Minimal',
  currency: 'CNY',
  period: { start: '2027-01-01', end: '2027-12-31' },
  measure: 'net_amount',
  tiers: [{ from: '100', rate: '1%' }],
};

function parseFields(fields: Record<string, unknown>): ParseProgramResult {
  return parseProgram(JSON.stringify({ ...MINIMAL, ...fields }), 'p.json');
}

function problemsOf(result: ParseProgramResult): string[] {
  return result.ok
    ? []
    : result.problems.map((problem) => `${problem.path}: ${problem.message}`);
}

describe('parseProgram', () => {
  describe('when given the YAML example of DESIGN §4.2', () => {
    it('reads every field', () => {
      const result = parseProgram(DESIGN_EXAMPLE, 'east.yaml');

      expect(problemsOf(result)).toEqual([]);
      expect(result.ok && result.program).toMatchObject({
        code: 'EAST-2027',
        period: { settle: 'quarter', accumulate: 'period' },
        tiers: [
          { from: '1000000', ratePct: '2', perUnit: null, amount: null },
          { from: '3000000', ratePct: '3.5', perUnit: null, amount: null },
          { from: '5000000', ratePct: '5', perUnit: null, amount: '20000' },
        ],
        conditions: { paidWithinDays: 60, minCategories: 2, minGrowthPct: '5' },
        cap: { perPeriod: '300000', total: '1000000' },
        accounting: { expenseAccount: '6601.05', liabilityAccount: '2241.03' },
        payout: {
          form: 'account_credit',
          balance: {
            validDays: 365,
            minOrderAmount: '5000',
            maxOrderSharePct: '30',
          },
        },
      });
    });
  });

  describe('when optional fields are left out', () => {
    it('applies the defaults of §4.2', () => {
      const result = parseFields({});

      expect(result.ok && result.program).toMatchObject({
        period: { settle: 'whole', accumulate: 'period' },
        base: 'net_amount',
        method: 'retroactive',
        rounding: { scale: 2, mode: 'half_up' },
        enrollment: 'automatic',
        accrual: { at: 'current' },
        eligibility: {
          customers: { include: null, exclude: null },
          products: { include: null, exclude: null },
        },
      });
    });
  });

  describe('when the measure is a percentage and the base is left out', () => {
    it.each(['growth_pct', 'target_pct'])(
      'bases %s on net_amount',
      (measure) => {
        const result = parseFields({
          measure,
          tiers: [{ from: '10', rate: '1%' }],
        });

        expect(result.ok && result.program.base).toBe('net_amount');
      },
    );
  });

  describe('when thresholds are plain numbers', () => {
    it('reads numbers of up to 15 significant digits exactly', () => {
      const result = parseProgram(
        DESIGN_EXAMPLE.replace('from: "5000000"', 'from: 999999999999.999'),
      );

      expect(result.ok && result.program.tiers[2]?.from).toBe(
        '999999999999.999',
      );
    });

    it('refuses a number written in hexadecimal', () => {
      const result = parseProgram(
        DESIGN_EXAMPLE.replace('from: "1000000"', 'from: 0x10'),
      );

      expect(problemsOf(result)).toEqual([
        'tiers[0].from: 0x10 must be written in decimal digits',
      ]);
    });

    it('refuses a number of 16 significant digits', () => {
      const result = parseProgram(
        DESIGN_EXAMPLE.replace('from: "1000000"', 'from: 1000000.000000001'),
      );

      expect(problemsOf(result)).toEqual([
        'tiers[0].from: 1000000.000000001 has more than 15 significant digits and cannot be read exactly; write it as a string',
      ]);
    });
  });

  describe('when a program file has three mistakes', () => {
    it('refuses it with exactly three messages, each with its path', () => {
      const text = DESIGN_EXAMPLE.replace('currency: CNY', 'currency: cny')
        .replace('settle: quarter', 'settle: weekly')
        .replace('from: "5000000"', 'from: "2000000"');

      const result = parseProgram(text, 'east.yaml');

      expect(result.ok).toBe(false);
      expect(problemsOf(result)).toEqual([
        'currency: must be an upper-case ISO 4217 code like "CNY"',
        'period.settle: must be one of "month", "quarter", "half_year", "year", "whole"',
        'tiers[2].from: must be greater than tiers[1].from',
      ]);
    });
  });

  describe('when required fields are missing', () => {
    it('names each one', () => {
      const result = parseProgram('format: tierline/program@1\ncode: X\n');

      expect(problemsOf(result)).toEqual([
        'name: is required',
        'currency: is required',
        'period: is required',
        'measure: is required',
        'tiers: is required',
      ]);
    });
  });

  describe('when a cross-field rule is broken', () => {
    it.each([
      [
        'a rate on a quantity base',
        { measure: 'net_amount', base: 'quantity' },
        'tiers[0].rate: a percentage rate needs a money base, and the base is quantity',
      ],
      [
        'incremental with another base',
        { method: 'incremental', base: 'gross_margin' },
        'base: incremental needs base = measure (net_amount)',
      ],
      [
        'incremental on a percentage measure',
        { method: 'incremental', measure: 'growth_pct' },
        'method: incremental needs base = measure, and growth_pct cannot be a base',
      ],
      [
        'an incremental rate on quantity',
        { method: 'incremental', measure: 'quantity' },
        'tiers[0].rate: an incremental rate needs a money measure, and the measure is quantity',
      ],
      [
        'an incremental per_unit on money',
        { method: 'incremental', tiers: [{ from: '0', per_unit: '1' }] },
        'tiers[0].per_unit: an incremental per_unit needs the quantity measure, and the measure is net_amount',
      ],
      [
        'a per-period cap with cumulative',
        {
          period: {
            start: '2027-01-01',
            end: '2027-12-31',
            accumulate: 'cumulative',
          },
          cap: { per_period: '100' },
        },
        'cap.per_period: cannot be used with period.accumulate: cumulative',
      ],
      [
        'an empty include list',
        { eligibility: { customers: { include: { groups: [] } } } },
        'eligibility.customers.include.groups: must not be empty: list at least one value or leave the kind out',
      ],
      [
        'an include with no kind',
        { eligibility: { products: { include: {} } } },
        'eligibility.products.include: must list at least one kind: skus, categories or brands',
      ],
      [
        'a tier without a price',
        { tiers: [{ from: '100' }] },
        'tiers[0]: a tier needs a rate, a per_unit or an amount',
      ],
      [
        'a rate without %',
        { tiers: [{ from: '100', rate: '2' }] },
        'tiers[0].rate: must be a percentage written with %, like "2.5%"',
      ],
      [
        'an end before the start',
        { period: { start: '2027-01-01', end: '2026-12-31' } },
        'period.end: must not be before period.start',
      ],
      [
        'a date that does not exist',
        { period: { start: '2027-02-29', end: '2027-12-31' } },
        'period.start: must be a calendar date written YYYY-MM-DD',
      ],
      [
        'an unknown field',
        { period: { start: '2027-01-01', end: '2027-12-31', setle: 'month' } },
        'period.setle: is not a field of a tierline/program@1 file',
      ],
      [
        'an amount written with a thousands separator',
        { tiers: [{ from: '1,000', rate: '1%' }] },
        'tiers[0].from: must be a decimal: a string like "1000.50" or a number',
      ],
      [
        'a negative lump sum',
        { tiers: [{ from: '100', amount: -5 }] },
        'tiers[0].amount: must be a non-negative decimal: a string like "1000.50" or a number',
      ],
    ])('reports %s', (_name, fields, problem) => {
      expect(problemsOf(parseFields(fields))).toEqual([problem]);
    });
  });

  describe('when the text is not YAML', () => {
    it('reports where it stops', () => {
      const [problem] = parseProgram('tiers: [1,\n').ok
        ? []
        : problemsOf(parseProgram('tiers: [1,\n'));

      expect(problem).toMatch(/^: .*line \d+, column \d+/);
    });
  });

  describe('when a .json file is not JSON', () => {
    it('refuses it even though YAML would read it', () => {
      expect(problemsOf(parseProgram('code: X', 'p.json'))[0]).toMatch(
        /^: not valid JSON/,
      );
    });
  });

  describe('when the file is empty', () => {
    it('says so', () => {
      expect(problemsOf(parseProgram(''))).toEqual([': the file is empty']);
    });
  });
});

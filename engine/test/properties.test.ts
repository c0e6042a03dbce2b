import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, addDays, toCalculateJson, type SalesLine } from '../src/index.js';
import { onlyRow, program, run, sale } from './support/build.js';

/** Money in fen as a decimal string, e.g. 12345 → "123.45". */
function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const digits = String(Math.abs(fen)).padStart(3, '0');

  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

const risingThresholds = fc
  .uniqueArray(fc.integer({ min: 1, max: 5_000_000 }), {
    minLength: 1,
    maxLength: 5,
  })
  .map((values) => [...values].sort((a, b) => a - b));

const ratePct = fc
  .integer({ min: 0, max: 2000 })
  .map((hundredths) => yuan(hundredths));

describe('incremental tiers', () => {
  describe('when no tier has a lump sum', () => {
    it('moves the exact entitlement by at most the top rate per fen', () => {
      fc.assert(
        fc.property(
          risingThresholds,
          fc.array(ratePct, { minLength: 5, maxLength: 5 }),
          fc.integer({ min: 1, max: 700_000_000 }),
          (froms, rates, measureFen) => {
            const bands = program({
              method: 'incremental',
              tiers: froms.map((from, index) => ({
                from: yuan(from * 100),
                rate: `${rates[index] ?? '0'}%`,
              })),
            });
            const exactAt = (fen: number): Dec =>
              Dec.of(onlyRow(bands, [sale({ netAmount: yuan(fen) })]).exact);
            const topRate = rates
              .slice(0, froms.length)
              .reduce(
                (top, rate) => (Dec.of(rate).gt(top) ? Dec.of(rate) : top),
                Dec.ZERO,
              );

            const step = exactAt(measureFen + 1).minus(exactAt(measureFen));

            const bound = Dec.of('0.01').times(topRate).dividedBy(Dec.HUNDRED);
            return !step.isNegative() && step.lte(bound);
          },
        ),
        { numRuns: 150 },
      );
    });
  });
});

describe('retroactive tiers', () => {
  describe('when base = measure, prices rise with the tiers and nothing caps', () => {
    it('never pays less for more net sales', () => {
      fc.assert(
        fc.property(
          risingThresholds,
          fc.array(
            fc.tuple(
              ratePct,
              fc.integer({ min: 0, max: 500 }),
              fc.integer({ min: 0, max: 100_000 }),
            ),
            {
              minLength: 5,
              maxLength: 5,
            },
          ),
          fc.integer({ min: -1_000_000, max: 700_000_000 }),
          fc.integer({ min: 1, max: 1_000_000 }),
          (froms, steps, lowerFen, extraFen) => {
            let rate = Dec.ZERO;
            let perUnit = Dec.ZERO;
            let amount = Dec.ZERO;
            const tiers = froms.map((from, index) => {
              const [rateStep = '0', unitStep = 0, amountStep = 0] =
                steps[index] ?? [];
              rate = rate.plus(Dec.of(rateStep));
              perUnit = perUnit.plus(Dec.of(yuan(unitStep)));
              amount = amount.plus(Dec.fromInteger(amountStep));
              return {
                from: yuan(from * 100),
                rate: `${rate.toString()}%`,
                per_unit: perUnit.toString(),
                amount: amount.toString(),
              };
            });
            const rising = program({ tiers });
            const rebateAt = (fen: number): Dec =>
              Dec.of(
                onlyRow(rising, [sale({ netAmount: yuan(fen), quantity: '7' })])
                  .rebate,
              );

            return rebateAt(lowerFen + extraFen).gte(rebateAt(lowerFen));
          },
        ),
        { numRuns: 150 },
      );
    });
  });
});

const quarterSale = fc
  .tuple(
    fc.integer({ min: 0, max: 364 }),
    fc.integer({ min: -300_000, max: 2_000_000 }),
    fc.constantFrom('P1', 'P2'),
  )
  .map(([day, fen, sku]) => {
    return sale({
      invoiceDate: addDays('2027-01-01', day),
      netAmount: yuan(fen),
      quantity: fen < 0 ? '-1' : '1',
      sku,
    });
  });

describe('cumulative accumulation', () => {
  describe('when returns, conditions and a total cap move the entitlement', () => {
    it('pays period rebates that add up to the final capped entitlement', () => {
      fc.assert(
        fc.property(
          fc.array(quarterSale, { minLength: 1, maxLength: 12 }),
          fc.integer({ min: 0, max: 50_000 }),
          (sales, capYuan) => {
            const cumulative = program({
              period: {
                start: '2027-01-01',
                end: '2027-12-31',
                settle: 'quarter',
                accumulate: 'cumulative',
              },
              tiers: [
                { from: '1000', rate: '1.5%' },
                { from: '5000', rate: '3%', amount: '7.77' },
              ],
              conditions: { min_categories: 2 },
              cap: { total: String(capYuan) },
              rounding: { scale: 2, mode: 'half_even' },
            });

            const results = run(cumulative, sales).results;
            const paid = results.reduce(
              (sum, row) => sum.plus(Dec.of(row.rebate)),
              Dec.ZERO,
            );
            const last =
              results.at(-1)?.explanation.cumulative?.entitlement ?? '0';

            return paid.eq(Dec.of(last));
          },
        ),
        { numRuns: 150 },
      );
    });
  });
});

describe('calculate', () => {
  describe('when the same lines arrive in another order', () => {
    it('gives the same output', () => {
      const quarterly = program({
        period: { start: '2027-01-01', end: '2027-12-31', settle: 'quarter' },
        tiers: [
          { from: '1000', rate: '2%' },
          { from: '10000', rate: '3%' },
        ],
        cap: { total: '900' },
      });

      fc.assert(
        fc.property(
          fc
            .array(quarterSale, { minLength: 1, maxLength: 15 })
            .chain((sales) =>
              fc.tuple(
                fc.constant(sales),
                fc.shuffledSubarray(sales, { minLength: sales.length }),
              ),
            ),
          ([sales, shuffled]: [SalesLine[], SalesLine[]]) => {
            const asOf = '2027-08-15';

            expect(toCalculateJson(run(quarterly, shuffled, { asOf }))).toEqual(
              toCalculateJson(run(quarterly, sales, { asOf })),
            );
          },
        ),
        { numRuns: 100 },
      );
    });
  });
});

// Over random sequences of imports, period closes and program activations,
// the accrued liability in the journal equals what is owed: the accruals of
// periods not closed, plus the settlements and adjustments (payouts, once
// they exist, are subtracted on both sides), and every voucher balances.
import fc from 'fast-check';
import { addDays } from '@tierline/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePeriod } from '../../src/accruals/close-period.js';
import { refreshAccruals } from '../../src/accruals/refresh-accruals.js';
import {
  expectedLiability,
  importCsv,
  journalTotals,
  productsCsv,
  quarterProgram,
  salesCsv,
  seedPrograms,
} from './support/accrual-fixtures.js';
import { createTestStore, type TestStore } from './support/test-store.js';

const QUARTER_ENDS = ['2027-03-31', '2027-06-30', '2027-09-30', '2027-12-31'];
const QUARTER_STARTS = ['2027-01-01', '2027-04-01', '2027-07-01', '2027-10-01'];
const audit = { actor: 'approver1' };

const lineArbitrary = fc.record({
  customer: fc.integer({ min: 0, max: 2 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  fen: fc.integer({ min: -300_000, max: 900_000 }),
  sku: fc.constantFrom('P01', 'P02'),
});

const operation = fc.oneof(
  fc.record({
    kind: fc.constant('import' as const),
    lines: fc.array(lineArbitrary, { minLength: 1, maxLength: 6 }),
  }),
  fc.record({ kind: fc.constant('close' as const) }),
  fc.record({ kind: fc.constant('activate' as const) }),
);

describe('the accrued liability', () => {
  let test: TestStore;
  let run = 0;

  beforeAll(async () => {
    test = await createTestStore();
    await importCsv(test.store, 'products', productsCsv(), '2027-01-01');
  }, 60_000);
  afterAll(async () => {
    await test.dispose();
  });

  describe('when imports, closes and program changes come in any order', () => {
    it('equals open accruals plus settlements and adjustments, and every voucher balances', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(operation, { minLength: 2, maxLength: 5 }),
          async (operations) => {
            run += 1;
            // Each run has customers and programs of its own in one store.
            const prefix = `R${String(run)}`;
            const codes = [0, 1, 2].map((n) => `${prefix}C${String(n)}`);
            const { store } = test;
            await importCsv(
              store,
              'customers',
              [
                'code,name,group,region,tags,sales_rep',
                ...codes.map(
                  (code) => `${code},${code} 商贸,华东经销商,华东,,`,
                ),
              ].join('\n'),
              '2027-01-01',
            );
            const scope = { customers: { include: { codes } } };
            await seedPrograms(store, [
              quarterProgram(`${prefix}-Q`, {
                period: {
                  start: '2027-01-01',
                  end: '2027-12-31',
                  settle: 'quarter',
                },
                eligibility: scope,
              }),
            ]);
            let asOf = '2027-02-15';
            let closed = 0;
            let activated = false;
            let invoice = 0;
            await refreshAccruals(store, { asOf, audit });

            for (const step of operations) {
              if (step.kind === 'import') {
                const lines = step.lines.map((line) => {
                  invoice += 1;
                  return {
                    invoiceNo: `${prefix}-${String(invoice)}`,
                    date: `2027-${String(line.month).padStart(2, '0')}-${String(line.day).padStart(2, '0')}`,
                    customer: codes[line.customer] ?? '',
                    sku: line.sku,
                    fen: line.fen === 0 ? 1 : line.fen,
                  };
                });
                await importCsv(store, 'sales', salesCsv(lines), asOf, true);
              } else if (step.kind === 'close') {
                const end = QUARTER_ENDS[closed];
                const start = QUARTER_STARTS[closed];
                if (end === undefined || start === undefined) continue;
                const after = addDays(end, 3);
                asOf = after > asOf ? after : asOf;
                await closePeriod(
                  store,
                  { programCode: `${prefix}-Q`, periodStart: start, asOf },
                  audit,
                );
                closed += 1;
              } else if (!activated) {
                activated = true;
                await seedPrograms(store, [
                  quarterProgram(`${prefix}-CUM`, {
                    period: {
                      start: '2027-01-01',
                      end: '2027-12-31',
                      settle: 'quarter',
                      accumulate: 'cumulative',
                    },
                    eligibility: scope,
                    accrual: { at: 'forecast' },
                  }),
                ]);
                await refreshAccruals(store, { asOf, audit });
              }

              const totals = await journalTotals(store);
              expect(totals.unbalanced).toBe(0);
              expect(totals.liability).toBe(await expectedLiability(store));
            }
          },
        ),
        { numRuns: 12, endOnFailure: true },
      );
    }, 300_000);
  });
});

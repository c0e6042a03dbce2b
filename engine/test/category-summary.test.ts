import { describe, expect, it } from 'vitest';
import {
  summarizeByCategory,
  type Customer,
  type SalesLine,
} from '../src/index.js';
import { customers, products, program, sale } from './support/build.js';

function firstCustomer(): Customer {
  const [first] = customers;
  if (first === undefined) throw new Error('no customer C001');

  return first;
}

const customer = firstCustomer();

function summary(
  fields: Record<string, unknown>,
  sales: SalesLine[],
  window = { start: '2027-01-01', end: '2027-03-31' },
) {
  return summarizeByCategory({
    program: program(fields),
    customer,
    products,
    sales,
    window,
    asOf: '2027-12-31',
  });
}

describe('summarizeByCategory', () => {
  describe('when lines of two categories count in the window', () => {
    it('sums net sales, quantity and lines per category, returns netted', () => {
      const lines = [
        sale({ sku: 'P2', netAmount: '400.10', quantity: '2' }),
        sale({ sku: 'P1', netAmount: '1000', quantity: '10' }),
        sale({ sku: 'P1', netAmount: '-0.10', quantity: '-1' }),
      ];

      expect(summary({}, lines)).toEqual([
        { category: '粮油', netAmount: '400.10', quantity: '2', lines: 1 },
        { category: '饮料', netAmount: '999.90', quantity: '9', lines: 2 },
      ]);
    });
  });

  describe('when lines fall outside the window, the scope or the customer', () => {
    it('leaves them out', () => {
      const lines = [
        sale({ invoiceDate: '2027-04-01' }),
        sale({ sku: 'P3' }),
        sale({ customerCode: 'C002' }),
        sale({ currency: 'USD' }),
        sale({ netAmount: '5' }),
      ];
      const scoped = {
        eligibility: { products: { include: { categories: ['饮料'] } } },
      };

      expect(summary(scoped, lines)).toEqual([
        { category: '饮料', netAmount: '5.00', quantity: '1', lines: 1 },
      ]);
    });
  });

  describe('when a payment rule keeps a sale out', () => {
    it('counts only the sale paid in time', () => {
      const lines = [
        sale({ invoiceDate: '2027-01-10', paidDate: '2027-01-20' }),
        sale({ invoiceDate: '2027-01-10', paidDate: '2027-03-20' }),
      ];

      expect(summary({ conditions: { paid_within_days: 30 } }, lines)).toEqual([
        { category: '饮料', netAmount: '1000.00', quantity: '1', lines: 1 },
      ]);
    });
  });
});

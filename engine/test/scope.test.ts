import { describe, expect, it } from 'vitest';
import { matchesCustomer, matchesProduct } from '../src/index.js';
import { customers, products, program } from './support/build.js';

function codesMatching(fields: Record<string, unknown>): string[] {
  const { eligibility } = program({ eligibility: fields });

  return customers
    .filter((customer) => matchesCustomer(eligibility.customers, customer))
    .map((customer) => customer.code);
}

describe('matchesCustomer', () => {
  describe('when there is no include', () => {
    it('includes every customer', () => {
      expect(codesMatching({})).toEqual(['C001', 'C002', 'C003']);
    });
  });

  describe('when the include lists several kinds', () => {
    it('includes customers matching any value of any kind', () => {
      const included = codesMatching({
        customers: { include: { groups: ['华南经销商'], tags: ['KA'] } },
      });

      expect(included).toEqual(['C001', 'C003']);
    });
  });

  describe('when a customer is both included and excluded', () => {
    it('leaves it out', () => {
      const included = codesMatching({
        customers: {
          include: { regions: ['华东'] },
          exclude: { codes: ['C002'] },
        },
      });

      expect(included).toEqual(['C001']);
    });
  });

  describe('when only an exclude is given', () => {
    it('includes everyone else', () => {
      expect(
        codesMatching({ customers: { exclude: { tags: ['重点'] } } }),
      ).toEqual(['C001', 'C002']);
    });
  });
});

describe('matchesProduct', () => {
  describe('when categories and brands are included and a sku excluded', () => {
    it('takes the union and lets the exclude win', () => {
      const { eligibility } = program({
        eligibility: {
          products: {
            include: { categories: ['饮料'], brands: ['乐享'] },
            exclude: { skus: ['P1'] },
          },
        },
      });

      const skus = products
        .filter((product) => matchesProduct(eligibility.products, product))
        .map((product) => product.sku);

      expect(skus).toEqual(['P3']);
    });
  });
});

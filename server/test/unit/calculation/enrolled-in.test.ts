import { parseProgram, type Customer, type Program } from '@tierline/engine';
import { describe, expect, it } from 'vitest';
import { enrolledIn } from '../../../src/calculation/store-inputs.js';

function program(): Program {
  const parsed = parseProgram(
    JSON.stringify({
      format: 'tierline/program@1',
      code: 'P',
      name: 'P',
      currency: 'CNY',
      period: { start: '2027-01-01', end: '2027-12-31' },
      eligibility: {
        customers: {
          include: { groups: ['华东经销商'] },
          exclude: { codes: ['C9'] },
        },
      },
      measure: 'net_amount',
      tiers: [{ from: '1', rate: '1%' }],
      enrollment: 'agreement',
    }),
    'p.json',
  );
  if (!parsed.ok) throw new Error('test program is invalid');
  return parsed.program;
}

const customer = (code: string, group: string): Customer => ({
  code,
  name: code,
  group,
  region: '华东',
  tags: [],
  salesRep: 'R1',
});

describe('enrolledIn', () => {
  describe('when enrolled customers match the scope', () => {
    it('makes their codes the whole customer scope', () => {
      const narrowed = enrolledIn(program(), [
        customer('C1', '华东经销商'),
        customer('C2', '华东经销商'),
      ]);

      expect(narrowed.eligibility.customers).toEqual({
        include: { codes: ['C1', 'C2'], groups: [], regions: [], tags: [] },
        exclude: null,
      });
    });
  });

  describe('when an enrolled customer is out of scope or excluded', () => {
    it('leaves it out', () => {
      const narrowed = enrolledIn(program(), [
        customer('C1', '华东经销商'),
        customer('C3', '华南KA'),
        customer('C9', '华东经销商'),
      ]);

      expect(narrowed.eligibility.customers.include?.codes).toEqual(['C1']);
    });
  });

  describe('when nobody is enrolled', () => {
    it('has a scope that matches no customer', () => {
      const narrowed = enrolledIn(program(), []);

      expect(narrowed.eligibility.customers.include?.codes).toEqual([]);
    });
  });

  describe('when it narrows', () => {
    it('leaves the program it was given as it was', () => {
      const original = program();
      enrolledIn(original, [customer('C1', '华东经销商')]);

      expect(original.eligibility.customers.include?.groups).toEqual([
        '华东经销商',
      ]);
    });
  });
});

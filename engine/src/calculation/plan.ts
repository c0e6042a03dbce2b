// A program with its decimals read once, and the facts about it that several
// rules ask: does it use growth, targets, costs, collection dates?
import { Dec } from '../money/dec.js';
import { decimalOrThrow } from '../money/parse.js';
import type { Program } from '../program/program.js';

const ONE_PERCENT = Dec.of('0.01');

export interface TierPlan {
  /** 1-based, as results print it. */
  tier: number;
  from: Dec;
  /** As the program wrote it, for `next.from`. */
  fromText: string;
  ratePct: Dec | null;
  /** The rate as a fraction: "3.5%" is 0.035. */
  rate: Dec | null;
  perUnit: Dec | null;
  amount: Dec | null;
}

export interface ProgramPlan {
  program: Program;
  tiers: readonly TierPlan[];
  capPerPeriod: Dec | null;
  capTotal: Dec | null;
  minGrowthPct: Dec | null;
  /** Growth is used by the measure, the base or a condition. */
  usesGrowth: boolean;
  usesTarget: boolean;
  usesCost: boolean;
  /** Rule 3: collected_amount dates every figure by its collection. */
  datesByCollection: boolean;
  /** Rule 4: a quantity measure or a per_unit rate needs a single unit. */
  needsOneUnit: boolean;
}

function optional(text: string | null): Dec | null {
  return text === null ? null : decimalOrThrow(text);
}

export function planProgram(program: Program): ProgramPlan {
  const tiers = program.tiers.map((tier, index) => {
    const ratePct = optional(tier.ratePct);

    return {
      tier: index + 1,
      from: decimalOrThrow(tier.from),
      fromText: tier.from,
      ratePct,
      rate: ratePct === null ? null : ratePct.times(ONE_PERCENT),
      perUnit: optional(tier.perUnit),
      amount: optional(tier.amount),
    };
  });
  const { measure, base } = program;

  return {
    program,
    tiers,
    capPerPeriod: optional(program.cap.perPeriod),
    capTotal: optional(program.cap.total),
    minGrowthPct: optional(program.conditions.minGrowthPct),
    usesGrowth:
      measure === 'growth_pct' ||
      base === 'growth_amount' ||
      program.conditions.minGrowthPct !== null,
    usesTarget: measure === 'target_pct' || base === 'target_excess',
    usesCost: measure === 'gross_margin' || base === 'gross_margin',
    datesByCollection:
      measure === 'collected_amount' || base === 'collected_amount',
    needsOneUnit:
      measure === 'quantity' || tiers.some((tier) => tier.perUnit !== null),
  };
}

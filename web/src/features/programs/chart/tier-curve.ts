// The rebate a single customer would get at each value of the measure, by
// the rules of DESIGN §4.3 (6–10) with the base taken to be the measure:
// exact decimals, rounded once by the program's mode, capped per period.
// Retroactive tables jump at each threshold; the curve keeps a point just
// below each one so the jump shows as a cliff.
import { Decimal } from 'decimal.js';

export type MeasureUnit = 'money' | 'quantity' | 'percent';

export interface CurveTier {
  from: string;
  ratePct: string | null;
  perUnit: string | null;
  amount: string | null;
}

export interface TierCurveInput {
  method: 'retroactive' | 'incremental';
  unit: MeasureUnit;
  tiers: CurveTier[];
  capPerPeriod: string | null;
  rounding: { scale: number; mode: 'half_up' | 'half_even' };
}

export interface CurvePoint {
  measure: string;
  /** The rebate, or for a percentage measure the rate reached in %. */
  value: string;
}

export interface Cliff {
  from: string;
  below: string;
  at: string;
}

export interface TierCurve {
  /** `rate` when the measure is a percentage: its base is not the measure. */
  plots: 'rebate' | 'rate';
  points: CurvePoint[];
  cliffs: Cliff[];
}

const roundingModes = {
  half_up: Decimal.ROUND_HALF_UP,
  half_even: Decimal.ROUND_HALF_EVEN,
} as const;

const measureUnits: Record<string, MeasureUnit> = {
  net_amount: 'money',
  gross_margin: 'money',
  collected_amount: 'money',
  quantity: 'quantity',
  growth_pct: 'percent',
  target_pct: 'percent',
};

export function measureUnitOf(measure: string): MeasureUnit {
  return measureUnits[measure] ?? 'money';
}

/** The decimal of a threshold or rate as written, or null when it is none. */
export function decimalOf(value: string | null): Decimal | null {
  if (value === null || value.trim() === '') return null;
  try {
    return new Decimal(value.trim().replace(/%$/, ''));
  } catch {
    return null;
  }
}

interface ReadTier {
  from: Decimal;
  rate: Decimal | null;
  perUnit: Decimal | null;
  amount: Decimal | null;
}

function readTiers(tiers: CurveTier[]): ReadTier[] | null {
  const read: ReadTier[] = [];
  for (const tier of tiers) {
    const from = decimalOf(tier.from);
    if (!from) return null;
    read.push({
      from,
      rate: decimalOf(tier.ratePct),
      perUnit: decimalOf(tier.perUnit),
      amount: decimalOf(tier.amount),
    });
  }
  const rising = read.every(
    (tier, i) => i === 0 || tier.from.gt(read[i - 1]?.from ?? tier.from),
  );

  return rising && read.length > 0 ? read : null;
}

function bandValue(part: Decimal, tier: ReadTier, unit: MeasureUnit): Decimal {
  if (unit === 'money' && tier.rate) return part.mul(tier.rate).div(100);
  if (unit === 'quantity' && tier.perUnit) return part.mul(tier.perUnit);

  return new Decimal(0);
}

function reachedIndex(tiers: ReadTier[], measure: Decimal): number {
  if (measure.lte(0)) return -1;

  return tiers.findLastIndex((tier) => tier.from.lte(measure));
}

function entitlement(
  input: TierCurveInput,
  tiers: ReadTier[],
  measure: Decimal,
): Decimal {
  const reached = reachedIndex(tiers, measure);
  const tier = tiers[reached];
  if (!tier) return new Decimal(0);

  if (input.method === 'retroactive') {
    return bandValue(measure, tier, input.unit).add(tier.amount ?? 0);
  }

  return tiers.slice(0, reached + 1).reduce((sum, band, i) => {
    const next = tiers[i + 1];
    const top = next && next.from.lt(measure) ? next.from : measure;
    const part = Decimal.max(0, top.sub(band.from));

    return sum.add(bandValue(part, band, input.unit)).add(band.amount ?? 0);
  }, new Decimal(0));
}

function rebateAt(input: TierCurveInput, tiers: ReadTier[], measure: Decimal) {
  const mode = roundingModes[input.rounding.mode];
  const rounded = entitlement(input, tiers, measure).toDecimalPlaces(
    input.rounding.scale,
    mode,
  );
  const cap = decimalOf(input.capPerPeriod);
  const positive = Decimal.max(rounded, 0);

  return cap ? Decimal.min(positive, cap) : positive;
}

function rateAt(tiers: ReadTier[], measure: Decimal): Decimal {
  return tiers[reachedIndex(tiers, measure)]?.rate ?? new Decimal(0);
}

/** Where to sample: both sides of every threshold and evenly between. */
function sampleMeasures(tiers: ReadTier[], unit: MeasureUnit): Decimal[] {
  const step = new Decimal(unit === 'quantity' ? '0.0001' : '0.01');
  const first = tiers[0]?.from ?? new Decimal(0);
  const last = tiers[tiers.length - 1]?.from ?? new Decimal(0);
  const span = last.gt(first) ? last.sub(first) : Decimal.max(last, 100);
  const end = last.add(span.div(4));
  const samples = [new Decimal(0), end];

  for (const tier of tiers) {
    samples.push(tier.from);
    if (tier.from.sub(step).gt(0)) samples.push(tier.from.sub(step));
  }
  const evenSteps = 48;
  for (let i = 1; i < evenSteps; i += 1) {
    samples.push(end.mul(i).div(evenSteps).toDecimalPlaces(2));
  }

  const unique = new Map(samples.map((value) => [value.toString(), value]));
  return [...unique.values()].sort((a, b) => a.cmp(b));
}

/** The curve of a tier table, or null while the table cannot be read. */
export function tierCurve(input: TierCurveInput): TierCurve | null {
  const tiers = readTiers(input.tiers);
  if (!tiers) return null;

  const plots = input.unit === 'percent' ? 'rate' : 'rebate';
  const valueAt = (measure: Decimal) =>
    plots === 'rate' ? rateAt(tiers, measure) : rebateAt(input, tiers, measure);
  const step = new Decimal(input.unit === 'quantity' ? '0.0001' : '0.01');

  const points = sampleMeasures(tiers, input.unit).map((measure) => ({
    measure: measure.toString(),
    value: valueAt(measure).toString(),
  }));
  // Incremental bands rise smoothly; only retroactive tables and lump sums
  // make the rebate jump at a threshold.
  const cliffs = tiers
    .filter((tier) => input.method === 'retroactive' || tier.amount)
    .map((tier) => ({
      from: tier.from.toString(),
      below: valueAt(Decimal.max(tier.from.sub(step), 0)).toString(),
      at: valueAt(tier.from).toString(),
    }))
    .filter((cliff) => !new Decimal(cliff.at).eq(cliff.below));

  return { plots, points, cliffs };
}

// Each program's rule 3 settings, window segments and slot layout as numbers
// in one flat array, sixteen per program, so the kernel's inner loop reads
// one cache line per program instead of objects.
import type { ProgramPlan } from '../calculation/plan.js';
import { minDate, toDayNumber } from '../periods/dates.js';
import type { SlotLayout } from './slot-layout.js';
import type { WindowPlan } from './window-plan.js';

/** Offsets inside a program's eight numbers. */
export const TERM_START = 0;
/** The term ends at the earlier of its end and the as-of date (§4.4). */
export const TERM_END = 1;
export const FIRST_DAY = 2;
/** The day after the last segment. */
export const END_DAY = 3;
/** −1 without `paid_within_days`. */
export const PAID_WITHIN_DAYS = 5;
/** The index of the program's currency among the lines'; −1 if none. */
export const CURRENCY = 6;
export const FLAGS = 7;
/** The slot layout's width and field offsets (slot-layout.ts). */
export const SLOT_WIDTH = 8;
export const QUANTITY_AT = 9;
export const MARGIN_AT = 10;
export const WITHOUT_COST_AT = 11;
export const LEFT_OUT_AT = 12;
export const LINE_BITS_AT = 13;
export const CATEGORY_AT = 14;
/** Where the program's day → segment table starts in `daySegments`. */
export const DAY_TABLE = 15;
export const PROGRAM_STRIDE = 16;

/** collected_amount dates every figure by its collection (rule 3). */
export const BY_COLLECTION = 1;
/** A quantity measure or a per_unit rate reads the set of units. */
export const NEEDS_UNITS = 2;

const MAX_SEGMENTS = 0xffff;

export interface ProgramLayout {
  programs: number;
  params: Int32Array;
  segments: Int32Array;
  /**
   * The segment of each day from a program's first day to its end day, one
   * table per distinct calendar of segments: programs that settle alike
   * share one, so the tables stay small enough for the cache.
   */
  daySegments: Uint16Array;
}

/** One table per distinct set of segment starts; each plan's offset. */
function dayTables(windowPlans: readonly WindowPlan[]): {
  daySegments: Uint16Array;
  offsets: number[];
} {
  const known = new Map<string, number>();
  const tables: Int32Array[] = [];
  let size = 0;
  const offsets = windowPlans.map((plan) => {
    const key = plan.segmentStart.join(',');
    let offset = known.get(key);
    if (offset === undefined) {
      offset = size;
      known.set(key, offset);
      tables.push(plan.daySegment);
      size += plan.daySegment.length;
    }

    return offset;
  });

  const daySegments = new Uint16Array(size);
  let at = 0;
  for (const table of tables) {
    daySegments.set(table, at);
    at += table.length;
  }

  return { daySegments, offsets };
}

export function layOutPrograms(
  plans: readonly ProgramPlan[],
  windowPlans: readonly WindowPlan[],
  slotLayouts: readonly SlotLayout[],
  currencies: readonly string[],
  asOf: string,
): ProgramLayout {
  const count = plans.length;
  const params = new Int32Array(count * PROGRAM_STRIDE);
  const segments = new Int32Array(count);

  const { daySegments, offsets } = dayTables(windowPlans);
  plans.forEach((plan, g) => {
    const { program } = plan;
    const windows = windowPlans[g];
    const slots = slotLayouts[g];
    if (windows === undefined || slots === undefined) {
      throw new Error(`no windows or slot layout: ${program.code}`);
    }
    if (windows.segments > MAX_SEGMENTS) {
      throw new RangeError(`${program.code} has too many window segments`);
    }

    const at = g * PROGRAM_STRIDE;
    params[at + TERM_START] = toDayNumber(program.period.start);
    params[at + TERM_END] = toDayNumber(minDate(program.period.end, asOf));
    params[at + FIRST_DAY] = windows.firstDay;
    params[at + END_DAY] = windows.segmentStart[windows.segments] ?? 0;
    params[at + PAID_WITHIN_DAYS] = program.conditions.paidWithinDays ?? -1;
    params[at + CURRENCY] = currencies.indexOf(program.currency);
    params[at + FLAGS] =
      (plan.datesByCollection ? BY_COLLECTION : 0) |
      (plan.needsOneUnit ? NEEDS_UNITS : 0);
    params[at + SLOT_WIDTH] = slots.width;
    params[at + QUANTITY_AT] = slots.quantity;
    params[at + MARGIN_AT] = slots.marginFen;
    params[at + WITHOUT_COST_AT] = slots.linesWithoutCost;
    params[at + LEFT_OUT_AT] = slots.leftOutLines;
    params[at + LINE_BITS_AT] = slots.lineBits;
    params[at + CATEGORY_AT] = slots.categoryHead;
    params[at + DAY_TABLE] = offsets[g] ?? 0;
    segments[g] = windows.segments;
  });

  return { programs: count, params, segments, daySegments };
}

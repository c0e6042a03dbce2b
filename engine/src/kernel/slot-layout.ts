// Which sums one program's rows read, and where they sit in its slots. A
// slot holds only those: most programs read net amount and the line count
// alone, so their slots are two numbers wide and the kernel's working set
// stays small enough for the processor's cache. Reading a figure a program
// does not use gives zero, which no rule of that program looks at; the
// differential tests compare whole outputs, explanations included, so a rule
// that starts reading a figure shows up there at once.
import type { ProgramPlan } from '../calculation/plan.js';

/** Every slot starts with these two. */
export const NET_FEN = 0;
export const COUNTED_LINES = 1;

/** A field's offset inside the slot; −1 when the program never reads it. */
export interface SlotLayout {
  width: number;
  quantity: number;
  marginFen: number;
  linesWithoutCost: number;
  leftOutLines: number;
  /** Scale bits (0–10) and the first 21 units' bits (11–31), ORed. */
  lineBits: number;
  /** Further unit bits, 30 per word, after `lineBits`. */
  extraUnitWords: number;
  /** 1 + the slot's first category entry; 0 for none. */
  categoryHead: number;
}

const SCALE_BIT_COUNT = 11;
const UNITS_IN_LINE_BITS = 32 - SCALE_BIT_COUNT;
const UNITS_PER_EXTRA_WORD = 30;

export const SCALE_BITS_MASK = (1 << SCALE_BIT_COUNT) - 1;

/** Where unit u's bit lives: words after `lineBits`, and the bit. */
export function unitPlace(unit: number): { word: number; bit: number } {
  if (unit < UNITS_IN_LINE_BITS) {
    return { word: 0, bit: 1 << (SCALE_BIT_COUNT + unit) };
  }

  const extra = unit - UNITS_IN_LINE_BITS;

  return {
    word: 1 + Math.floor(extra / UNITS_PER_EXTRA_WORD),
    bit: 1 << (extra % UNITS_PER_EXTRA_WORD),
  };
}

/**
 * `uniformScales`: every line was written with the same decimals (a store's
 * numeric columns), so a sum's scale follows from whether anything counted
 * and no slot needs to keep scale bits.
 */
export function slotLayoutOf(
  plan: ProgramPlan,
  uniformScales: boolean,
  unitCount: number,
): SlotLayout {
  const { program } = plan;
  let width = 2;
  const field = (needed: boolean, words = 1): number => {
    if (!needed) return -1;
    width += words;

    return width - words;
  };

  const usesQuantity =
    plan.needsOneUnit ||
    program.measure === 'quantity' ||
    program.base === 'quantity';
  const quantity = field(usesQuantity);
  const marginFen = field(plan.usesCost);
  const linesWithoutCost = field(plan.usesCost);
  const leftOutLines = field(program.conditions.paidWithinDays !== null);
  const categoryHead = field(program.conditions.minCategories !== null);
  const extraUnitWords = plan.needsOneUnit
    ? Math.ceil(
        Math.max(0, unitCount - UNITS_IN_LINE_BITS) / UNITS_PER_EXTRA_WORD,
      )
    : 0;
  const lineBits = field(
    !uniformScales || plan.needsOneUnit,
    1 + extraUnitWords,
  );

  return {
    width,
    quantity,
    marginFen,
    linesWithoutCost,
    leftOutLines,
    lineBits,
    extraUnitWords,
    categoryHead,
  };
}

// Which date windows one program's rows ask about, and the segments they cut
// the calendar into. The engine is asked directly: one dry run of a row
// evaluation over empty figures records every window it requests (the row's
// window, the growth baseline, the forecast's windows). Windows depend on the
// program, its periods and the as-of date only, never on a customer's
// figures, so one dry run serves all customers. Any window then is a run of
// consecutive segments, and a line lands in exactly one segment.
import {
  customerResults,
  type PeriodFrame,
} from '../calculation/customer-periods.js';
import { NO_FIGURES, type Figures } from '../calculation/figures.js';
import type { ProgramPlan } from '../calculation/plan.js';
import { TargetBook } from '../calculation/targets.js';
import { toDayNumber } from '../periods/dates.js';
import type { DateWindow } from '../periods/window.js';

export interface WindowPlan {
  /** Segment k covers days segmentStart[k] .. segmentStart[k + 1] − 1. */
  segmentStart: Int32Array;
  segments: number;
  /** The first day of segment 0; days before it count in no window. */
  firstDay: number;
  /** The segment of day firstDay + i. */
  daySegment: Int32Array;
}

/** The segments first..last of a window; null for an empty window. */
export interface SegmentRange {
  first: number;
  last: number;
}

export class UnplannedWindowError extends Error {}

export function recordWindows(
  plan: ProgramPlan,
  frames: readonly PeriodFrame[],
): DateWindow[] {
  const windows: DateWindow[] = [];
  const recorder = (window: DateWindow): Figures => {
    windows.push(window);

    return NO_FIGURES;
  };
  customerResults({
    plan,
    customerCode: '',
    figuresIn: recorder,
    frames,
    targets: new TargetBook([]),
  });

  return windows;
}

export function planWindows(windows: readonly DateWindow[]): WindowPlan {
  const bounds = new Set<number>();
  for (const window of windows) {
    const start = toDayNumber(window.start);
    const end = toDayNumber(window.end);
    if (end < start) continue;
    bounds.add(start);
    bounds.add(end + 1);
  }

  const segmentStart = Int32Array.from([...bounds].sort((a, b) => a - b));
  const segments = Math.max(0, segmentStart.length - 1);
  const firstDay = segmentStart[0] ?? 0;
  const lastDay = (segmentStart[segments] ?? firstDay) - 1;
  const daySegment = new Int32Array(Math.max(0, lastDay - firstDay + 1));
  for (let k = 0; k < segments; k += 1) {
    const from = (segmentStart[k] ?? 0) - firstDay;
    const to = (segmentStart[k + 1] ?? 0) - firstDay;
    daySegment.fill(k, from, to);
  }

  return { segmentStart, segments, firstDay, daySegment };
}

/** Throws for a window whose edges are not segment edges: a kernel bug. */
export function segmentRange(
  plan: WindowPlan,
  window: DateWindow,
): SegmentRange | null {
  const start = toDayNumber(window.start);
  const end = toDayNumber(window.end);
  if (end < start) return null;

  const first = plan.daySegment[start - plan.firstDay];
  const last = plan.daySegment[end - plan.firstDay];
  if (
    first === undefined ||
    last === undefined ||
    plan.segmentStart[first] !== start ||
    plan.segmentStart[last + 1] !== end + 1
  ) {
    throw new UnplannedWindowError(
      `window ${window.start}..${window.end} was not planned`,
    );
  }

  return { first, last };
}

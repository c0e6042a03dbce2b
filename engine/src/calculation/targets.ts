// Per-customer targets (DESIGN §4.1 targets.csv, §4.3 rule 4 target_pct).
import type { Program } from '../program/program.js';
import type { Target } from './input.js';

export interface TargetProblem {
  /** The target's index in the list given, from 0. */
  index: number;
  reason: string;
}

export function validateTargets(
  programs: readonly Program[],
  targets: readonly Target[],
): TargetProblem[] {
  return programs.length === 0 && targets.length > 0
    ? [{ index: 0, reason: 'not implemented yet' }]
    : [];
}

// The one place where an amount becomes a binary number: chart coordinates.
// Every figure is computed as a decimal first; only the plotted position of
// a point is a float, and nothing is ever computed from it again.

/** A decimal string as a chart coordinate; for plotting only. */
export function toChartNumber(value: string): number {
  return Number(value);
}

/** A percentage as the length of a progress bar, held to 0..100. */
export function toBarPercent(valuePct: string | null): number {
  if (valuePct === null) return 0;
  const length = toChartNumber(valuePct);
  if (!Number.isFinite(length)) return 0;

  return Math.min(100, Math.max(0, length));
}

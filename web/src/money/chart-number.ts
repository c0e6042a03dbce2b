// The one place where an amount becomes a binary number: chart coordinates.
// Every figure is computed as a decimal first; only the plotted position of
// a point is a float, and nothing is ever computed from it again.

/** A decimal string as a chart coordinate; for plotting only. */
export function toChartNumber(value: string): number {
  return Number(value);
}

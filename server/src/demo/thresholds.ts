// Tier thresholds sized from last year's figures, the way a program manager
// would: a share of customers above each tier, rounded to a figure a person
// would write down (two significant digits of whole yuan).

/** The value below which `share` of the figures lie (nearest rank). */
export function quantileFen(figures: readonly number[], share: number): number {
  const sorted = [...figures].sort((a, b) => a - b);
  return sorted[Math.floor(share * (sorted.length - 1))] ?? 0;
}

/** Whole yuan, rounded down to two significant digits. */
export function roundThresholdYuan(fen: number): number {
  const yuan = Math.max(1, Math.trunc(fen / 100));
  const step = 10 ** Math.max(0, String(yuan).length - 2);
  return Math.trunc(yuan / step) * step;
}

/**
 * Thresholds in whole yuan at the given shares of the figures, strictly
 * rising; `fallbackYuan` when there are no figures to size them from.
 */
export function sizeThresholds(
  figuresFen: readonly number[],
  shares: readonly number[],
  fallbackYuan: readonly number[],
): string[] {
  const positive = figuresFen.filter((figure) => figure > 0);
  if (positive.length < shares.length) return fallbackYuan.map(String);

  const thresholds: number[] = [];
  for (const share of shares) {
    let yuan = roundThresholdYuan(quantileFen(positive, share));
    const previous = thresholds.at(-1);
    if (previous !== undefined && yuan <= previous) {
      yuan = previous + 10 ** Math.max(0, String(previous).length - 2);
    }
    thresholds.push(yuan);
  }
  return thresholds.map(String);
}

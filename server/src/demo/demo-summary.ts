import type { DemoSummary } from './load-demo.js';

const count = new Intl.NumberFormat('en-US');

/** A few lines for the terminal: what was loaded and how long it took. */
export function formatDemoSummary(
  summary: DemoSummary,
  location: string,
): string {
  const seconds = (summary.durationMs / 1000).toFixed(1);
  return [
    `Demo data loaded into ${location} in ${seconds} s:`,
    `  ${count.format(summary.customers)} customers, ` +
      `${count.format(summary.products)} products`,
    `  ${count.format(summary.salesLines)} sales lines ` +
      `(${count.format(summary.returnLines)} returns), ` +
      `${summary.firstDate ?? '-'} to ${summary.lastDate ?? '-'}`,
    `  ${summary.programCodes.length} active programs: ` +
      summary.programCodes.join(', '),
    `  ${count.format(summary.targets)} customer targets`,
  ].join('\n');
}

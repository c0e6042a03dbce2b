// `tierline calculate --format csv`: one row per result with the §4.4
// figures flattened into columns, quoted as RFC 4180 says (fields with a
// comma, quote or line break in double quotes, quotes doubled, CRLF lines).
import type { CalculateJson, CalculateJsonResult } from '@tierline/engine';

type Cell = string | number | boolean | null;

const COLUMNS: readonly [string, (row: CalculateJsonResult) => Cell][] = [
  ['program', (row) => row.program],
  ['customer', (row) => row.customer],
  ['period_start', (row) => row.period.start],
  ['period_end', (row) => row.period.end],
  ['open', (row) => row.period.open],
  ['measure', (row) => row.measure],
  ['base', (row) => row.base],
  ['net_amount', (row) => row.net_amount],
  ['baseline', (row) => row.baseline],
  ['growth_pct', (row) => row.growth_pct],
  ['target', (row) => row.target],
  ['target_pct', (row) => row.target_pct],
  ['tier', (row) => row.tier],
  ['exact', (row) => row.exact],
  ['rebate', (row) => row.rebate],
  ['reasons', (row) => row.reasons.join(';')],
  ['next_tier', (row) => row.next?.tier ?? null],
  ['next_from', (row) => row.next?.from ?? null],
  ['next_gap', (row) => row.next?.gap ?? null],
  ['next_gap_amount', (row) => row.next?.gap_amount ?? null],
  ['next_rebate', (row) => row.next?.rebate ?? null],
  ['forecast_method', (row) => row.forecast?.method ?? null],
  ['forecast_measure', (row) => row.forecast?.measure ?? null],
  ['forecast_tier', (row) => row.forecast?.tier ?? null],
  ['forecast_rebate', (row) => row.forecast?.rebate ?? null],
];

export const CSV_COLUMNS = COLUMNS.map(([name]) => name);

function field(value: Cell): string {
  const text = value === null ? '' : String(value);

  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function calculateCsv(json: CalculateJson): string {
  const lines = [
    CSV_COLUMNS.map(field).join(','),
    ...json.results.map((row) =>
      COLUMNS.map(([, value]) => field(value(row))).join(','),
    ),
  ];

  return `${lines.join('\r\n')}\r\n`;
}

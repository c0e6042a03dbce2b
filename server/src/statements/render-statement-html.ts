// The statement as a self-contained HTML page: every text escaped, no
// script, one inline stylesheet that also prints cleanly on A4.
import type {
  StatementView,
  TableColumn,
  TableRow,
  ViewBlock,
} from './statement-view.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

const STYLE = `
:root { color: #1f1f1f; font-family: "Noto Sans CJK SC", "Noto Sans SC",
  "PingFang SC", "Microsoft YaHei", sans-serif; }
body { margin: 2rem auto; max-width: 56rem; padding: 0 1rem;
  font-size: 14px; line-height: 1.55; }
h1 { font-size: 1.6rem; margin: 0 0 0.5rem; }
h2 { font-size: 1.1rem; margin: 1.6rem 0 0.5rem; padding-bottom: 0.2rem;
  border-bottom: 1px solid #d0d0d0; }
.banner { border: 2px solid #d4380d; color: #d4380d; font-weight: 700;
  padding: 0.5rem 0.8rem; margin: 0.8rem 0; }
dl { display: grid; grid-template-columns: max-content 1fr;
  gap: 0.2rem 1.2rem; margin: 0.4rem 0; }
dt { color: #595959; }
dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 0.4rem 0; }
th, td { border: 1px solid #d0d0d0; padding: 0.25rem 0.5rem; }
th { background: #f5f5f5; font-weight: 600; text-align: left; }
.num { text-align: right; font-variant-numeric: tabular-nums;
  white-space: nowrap; }
tr.emphasis td { font-weight: 700; background: #fffbe6; }
ol.steps li { margin: 0.15rem 0; }
.note { color: #595959; }
footer { margin-top: 2rem; color: #595959; font-size: 0.9em; }
@page { size: A4; margin: 15mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  h2 { break-after: avoid; }
  table, dl, li { break-inside: avoid; }
  tr.emphasis td { background: none; }
}
`;

export function renderStatementHtml(view: StatementView): string {
  const header = fieldsHtml(view.header);
  const banner =
    view.banner === null
      ? ''
      : `<p class="banner" role="alert">${escapeHtml(view.banner)}</p>`;
  const sections = view.sections
    .map(
      (section) =>
        `<section><h2>${escapeHtml(section.heading)}</h2>` +
        section.blocks.map(blockHtml).join('') +
        '</section>',
    )
    .join('\n');

  return [
    '<!doctype html>',
    `<html lang="${view.locale}">`,
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(view.title)}</title>`,
    `<style>${STYLE}</style></head>`,
    '<body>',
    `<h1>${escapeHtml(view.title)}</h1>`,
    banner,
    header,
    sections,
    `<footer>${escapeHtml(view.footer)}</footer>`,
    '</body></html>',
    '',
  ].join('\n');
}

function blockHtml(block: ViewBlock): string {
  switch (block.kind) {
    case 'fields':
      return fieldsHtml(block.fields);
    case 'table':
      return tableHtml(block.columns, block.rows);
    case 'steps':
      return (
        '<ol class="steps">' +
        block.steps.map((step) => `<li>${escapeHtml(step)}</li>`).join('') +
        '</ol>'
      );
    case 'note':
      return `<p class="note">${escapeHtml(block.text)}</p>`;
  }
}

function fieldsHtml(fields: readonly [string, string][]): string {
  const items = fields
    .map(
      ([label, value]) =>
        `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`,
    )
    .join('');

  return `<dl>${items}</dl>`;
}

function tableHtml(columns: TableColumn[], rows: TableRow[]): string {
  const cellClass = (column: TableColumn | undefined) =>
    column?.align === 'right' ? ' class="num"' : '';
  const head = columns
    .map((column) => `<th${cellClass(column)}>${escapeHtml(column.label)}</th>`)
    .join('');
  const body = rows
    .map((row) => {
      const cells = row.cells
        .map(
          (cell, index) =>
            `<td${cellClass(columns[index])}>${escapeHtml(cell)}</td>`,
        )
        .join('');

      return `<tr${row.emphasis ? ' class="emphasis"' : ''}>${cells}</tr>`;
    })
    .join('');

  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

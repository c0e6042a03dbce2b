// The statement as an A4 PDF set in a CJK font (pdf-font.ts), drawn from the
// same layout as the HTML view. Text stays text (pdftotext reads it back);
// a character the font cannot set refuses the PDF instead of printing a box.
import PDFDocument from 'pdfkit';
// pdfkit's typings, widened to the parsed fonts it accepts.
import type {} from './pdfkit-fontkit.js';
import { missingGlyphs, resolvePdfFonts, type PdfFonts } from './pdf-font.js';
import { StatementError } from './statement-errors.js';
import type {
  Field,
  StatementView,
  TableColumn,
  TableRow,
  ViewBlock,
} from './statement-view.js';

const MARGIN = 50;
const BODY_SIZE = 9.5;
const SMALL_SIZE = 8;
const CELL_PADDING = 3;
const LABEL_WIDTH = 150;
const GREY = '#595959';
const RULE = '#c8c8c8';
const ALERT = '#d4380d';
const EMPHASIS_FILL = '#fff7d6';

type Doc = PDFKit.PDFDocument;

export function renderStatementPdf(
  view: StatementView,
  fonts: PdfFonts = resolvePdfFonts(),
): Promise<Buffer> {
  const missing = missingGlyphs(fonts.regular, allText(view));
  if (missing.length > 0) {
    throw new StatementError('statement_font_missing', [
      { message: `the font has no glyph for: ${missing.join(' ')}` },
    ]);
  }

  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: view.title, Producer: 'Tierline', Creator: 'Tierline' },
    lang: view.locale,
  });
  doc.registerFont('body', fonts.regular.font);
  doc.registerFont('bold', fonts.bold.font);

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  drawStatement(doc, view);
  numberPages(doc, view);
  doc.end();

  return done;
}

function drawStatement(doc: Doc, view: StatementView): void {
  doc.font('bold').fontSize(18).fillColor('black').text(view.title);
  doc.moveDown(0.4);

  if (view.banner !== null) drawBanner(doc, view.banner);
  drawFields(doc, view.header);

  for (const section of view.sections) {
    ensureRoom(doc, 60);
    doc.moveDown(0.8);
    doc.font('bold').fontSize(12).fillColor('black').text(section.heading);
    const y = doc.y + 1;
    doc
      .moveTo(MARGIN, y)
      .lineTo(doc.page.width - MARGIN, y)
      .strokeColor(RULE)
      .lineWidth(0.6)
      .stroke();
    doc.moveDown(0.4);

    for (const block of section.blocks) drawBlock(doc, block);
  }

  doc.moveDown(1.2);
  doc.font('body').fontSize(SMALL_SIZE).fillColor(GREY).text(view.footer);
}

function drawBlock(doc: Doc, block: ViewBlock): void {
  switch (block.kind) {
    case 'fields':
      drawFields(doc, block.fields);
      return;
    case 'table':
      drawTable(doc, block.columns, block.rows);
      return;
    case 'steps':
      drawSteps(doc, block.steps);
      return;
    case 'note':
      doc.font('body').fontSize(SMALL_SIZE).fillColor(GREY).text(block.text);
      doc.moveDown(0.3);
      return;
  }
}

function drawBanner(doc: Doc, banner: string): void {
  const width = contentWidth(doc);
  doc.font('bold').fontSize(11);
  const height = doc.heightOfString(banner, { width: width - 16 }) + 12;
  const top = doc.y;

  doc.rect(MARGIN, top, width, height).lineWidth(1.5).strokeColor(ALERT);
  doc.stroke();
  doc.fillColor(ALERT).text(banner, MARGIN + 8, top + 6, { width: width - 16 });
  doc.x = MARGIN;
  doc.y = top + height + 8;
}

function drawFields(doc: Doc, fields: readonly Field[]): void {
  const valueWidth = contentWidth(doc) - LABEL_WIDTH;
  doc.fontSize(BODY_SIZE);

  for (const [label, value] of fields) {
    doc.font('body');
    const height = Math.max(
      doc.heightOfString(label, { width: LABEL_WIDTH - 8 }),
      doc.heightOfString(value, { width: valueWidth }),
    );
    ensureRoom(doc, height + 2);

    const top = doc.y;
    doc.fillColor(GREY).text(label, MARGIN, top, { width: LABEL_WIDTH - 8 });
    doc.fillColor('black').text(value, MARGIN + LABEL_WIDTH, top, {
      width: valueWidth,
    });
    doc.x = MARGIN;
    doc.y = top + height + 2;
  }
}

function drawSteps(doc: Doc, steps: readonly string[]): void {
  const indent = 18;
  doc.font('body').fontSize(BODY_SIZE).fillColor('black');

  steps.forEach((step, index) => {
    const width = contentWidth(doc) - indent;
    const height = doc.heightOfString(step, { width });
    ensureRoom(doc, height + 2);

    const top = doc.y;
    doc.text(`${String(index + 1)}.`, MARGIN, top, { width: indent });
    doc.text(step, MARGIN + indent, top, { width });
    doc.x = MARGIN;
    doc.y = top + height + 2;
  });
}

function drawTable(doc: Doc, columns: TableColumn[], rows: TableRow[]): void {
  doc.fontSize(BODY_SIZE);
  const widths = columnWidths(doc, columns, rows);

  const drawRow = (cells: string[], header: boolean, emphasis: boolean) => {
    doc.font(header || emphasis ? 'bold' : 'body');
    const height =
      Math.max(
        ...cells.map((cell, index) =>
          doc.heightOfString(cell, {
            width: (widths[index] ?? 0) - 2 * CELL_PADDING,
          }),
        ),
      ) +
      2 * CELL_PADDING;
    const top = doc.y;
    let left = MARGIN;

    cells.forEach((cell, index) => {
      const width = widths[index] ?? 0;
      if (header || emphasis) {
        doc
          .rect(left, top, width, height)
          .fill(header ? '#f0f0f0' : EMPHASIS_FILL);
      }
      doc.rect(left, top, width, height).lineWidth(0.5).strokeColor(RULE);
      doc.stroke();
      doc
        .fillColor('black')
        .text(cell, left + CELL_PADDING, top + CELL_PADDING, {
          width: width - 2 * CELL_PADDING,
          align: columns[index]?.align ?? 'left',
        });
      left += width;
    });
    doc.x = MARGIN;
    doc.y = top + height;

    return height;
  };

  const header = columns.map((column) => column.label);
  ensureRoom(doc, 40);
  drawRow(header, true, false);
  for (const row of rows) {
    if (doc.y + 24 > doc.page.height - MARGIN) {
      doc.addPage();
      drawRow(header, true, false);
    }
    drawRow(row.cells, false, row.emphasis);
  }
  doc.moveDown(0.5);
}

// Each column gets its widest cell, then all are scaled to the page width,
// so figures stay on one line whenever they fit at all.
function columnWidths(
  doc: Doc,
  columns: TableColumn[],
  rows: TableRow[],
): number[] {
  const natural = columns.map((column, index) => {
    doc.font('bold');
    let widest = doc.widthOfString(column.label);
    doc.font('body');
    for (const row of rows) {
      widest = Math.max(widest, doc.widthOfString(row.cells[index] ?? ''));
    }

    return widest + 2 * CELL_PADDING + 2;
  });
  const total = natural.reduce((sum, width) => sum + width, 0);
  const available = contentWidth(doc);

  return natural.map((width) => (width * available) / total);
}

function numberPages(doc: Doc, view: StatementView): void {
  const range = doc.bufferedPageRange();
  const statementNo = view.header[0]?.[1] ?? '';

  for (let index = 0; index < range.count; index += 1) {
    doc.switchToPage(range.start + index);
    const label = `${statementNo}  ${String(index + 1)} / ${String(range.count)}`;
    // Writing inside the bottom margin must not start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('body')
      .fontSize(SMALL_SIZE)
      .fillColor(GREY)
      .text(label, MARGIN, doc.page.height - MARGIN + 15, {
        width: contentWidth(doc),
        align: 'right',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}

function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
}

function contentWidth(doc: Doc): number {
  return doc.page.width - 2 * MARGIN;
}

function allText(view: StatementView): string {
  const parts: string[] = [view.title, view.footer, view.banner ?? ''];
  const addFields = (fields: readonly Field[]) => {
    for (const [label, value] of fields) parts.push(label, value);
  };

  addFields(view.header);
  for (const section of view.sections) {
    parts.push(section.heading);
    for (const block of section.blocks) {
      if (block.kind === 'fields') addFields(block.fields);
      if (block.kind === 'steps') parts.push(...block.steps);
      if (block.kind === 'note') parts.push(block.text);
      if (block.kind === 'table') {
        parts.push(...block.columns.map((column) => column.label));
        for (const row of block.rows) parts.push(...row.cells);
      }
    }
  }

  return parts.join('\n');
}

// A one-page PDF standing in for a signed contract in the demo. It is
// written by hand (a few objects and a cross-reference table) so the demo
// needs no PDF library; the text is ASCII, since the standard fonts carry
// no Chinese.

export interface ContractLines {
  title: string;
  lines: readonly string[];
}

/** PDF string literal: backslash and parentheses escaped, ASCII only. */
function pdfText(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?').replace(/[\\()]/g, '\\$&');
}

export function contractPdf(contract: ContractLines): Buffer {
  const rows = [
    `BT /F1 16 Tf 56 780 Td (${pdfText(contract.title)}) Tj ET`,
    ...contract.lines.map(
      (line, index) =>
        `BT /F1 11 Tf 56 ${740 - index * 18} Td (${pdfText(line)}) Tj ET`,
    ),
  ];
  const stream = rows.join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ' +
      '/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n` +
      `${stream}\nendstream`,
  ];

  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(body, 'latin1');
  const entries = offsets
    .map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`)
    .join('');
  body +=
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries}` +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\n` +
    `startxref\n${xrefAt}\n%%EOF\n`;

  return Buffer.from(body, 'latin1');
}

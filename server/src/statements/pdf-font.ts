// The CJK font a statement PDF is set in. Tierline uses the system's Noto
// Sans CJK (Debian: `apt-get install fonts-noto-cjk`) or the font file named
// by TIERLINE_PDF_FONT (and TIERLINE_PDF_FONT_BOLD). A font that lacks
// Chinese glyphs would print empty boxes, so it is refused up front.
import fs from 'node:fs';
import * as fontkit from 'fontkit';
import { StatementError } from './statement-errors.js';

export interface PdfFontFace {
  path: string;
  /** The face inside a collection (.ttc), as pdfkit names it. */
  family: string | undefined;
  /** Parsed once and shared by every document (pdfkit-fontkit.d.ts). */
  font: fontkit.Font;
}

export interface PdfFonts {
  regular: PdfFontFace;
  bold: PdfFontFace;
}

const SYSTEM_FONT_FOLDERS = [
  '/usr/share/fonts/opentype/noto',
  '/usr/share/fonts/noto-cjk',
  '/usr/share/fonts/google-noto-cjk',
  '/usr/share/fonts/opentype/noto-cjk',
];

// Characters every statement prints: a font without them cannot set one.
const PROBE = '返利对账单客户应付金额阶梯';

const facesByPath = new Map<string, PdfFontFace | null>();

export function resolvePdfFonts(
  env: NodeJS.ProcessEnv = process.env,
): PdfFonts {
  const regular = env.TIERLINE_PDF_FONT?.trim();
  if (regular) {
    const face = fontFace(regular);
    if (face === null) {
      throw new StatementError('statement_font_missing', [
        { path: 'TIERLINE_PDF_FONT', message: `unusable font: ${regular}` },
      ]);
    }
    const bold = env.TIERLINE_PDF_FONT_BOLD?.trim();

    return { regular: face, bold: (bold && fontFace(bold)) || face };
  }

  for (const folder of SYSTEM_FONT_FOLDERS) {
    const face = fontFace(`${folder}/NotoSansCJK-Regular.ttc`);
    if (face === null) continue;

    return {
      regular: face,
      bold: fontFace(`${folder}/NotoSansCJK-Bold.ttc`) ?? face,
    };
  }

  throw new StatementError('statement_font_missing');
}

/** The face to use in a font file, or null when it cannot set Chinese. */
function fontFace(path: string): PdfFontFace | null {
  const known = facesByPath.get(path);
  if (known !== undefined) return known;

  const face = readFace(path);
  facesByPath.set(path, face);

  return face;
}

function readFace(path: string): PdfFontFace | null {
  if (!fs.existsSync(path)) return null;

  let opened: fontkit.Font | fontkit.FontCollection;
  try {
    opened = fontkit.openSync(path);
  } catch {
    return null;
  }

  // A CJK collection holds one face per region; Simplified Chinese first.
  const faces = 'fonts' in opened ? opened.fonts : [opened];
  const ordered = [
    ...faces.filter((font) => /SC\b|sc-|SC-/.test(font.postscriptName)),
    ...faces,
  ];
  const font = ordered.find(setsChinese);
  if (font === undefined) return null;

  return {
    path,
    family: 'fonts' in opened ? font.postscriptName : undefined,
    font,
  };
}

function setsChinese(font: fontkit.Font): boolean {
  for (const char of PROBE) {
    const codePoint = char.codePointAt(0);
    if (codePoint === undefined || !font.hasGlyphForCodePoint(codePoint)) {
      return false;
    }
  }

  return true;
}

/** The characters of `text` the font has no glyph for (none, normally). */
export function missingGlyphs(face: PdfFontFace, text: string): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    const codePoint = char.codePointAt(0);
    if (codePoint === undefined || codePoint < 0x20) continue;
    if (!face.font.hasGlyphForCodePoint(codePoint)) missing.add(char);
  }

  return [...missing];
}

// How many terminal columns a string takes: East Asian wide and fullwidth
// characters (汉字, kana, hangul, fullwidth forms) take two, combining marks
// and control characters none, everything else one. Enough for tables of
// names and codes; not a full Unicode East Asian Width table.

/** Inclusive code point ranges that a terminal draws two columns wide. */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo initial consonants
  [0x231a, 0x231b], // watch, hourglass
  [0x2329, 0x232a], // angle brackets
  [0x2e80, 0x303e], // CJK radicals, Kangxi, ideographic description, CJK punctuation
  [0x3041, 0x33ff], // Hiragana, Katakana, Bopomofo, Hangul compatibility, CJK compatibility
  [0x3400, 0x4dbf], // CJK Unified Ideographs Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f], // Hangul Jamo Extended-A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK Compatibility Ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small form variants
  [0xff00, 0xff60], // fullwidth ASCII variants
  [0xffe0, 0xffe6], // fullwidth signs
  [0x1f300, 0x1f64f], // pictographs, emoticons
  [0x1f900, 0x1f9ff], // supplemental symbols and pictographs
  [0x20000, 0x2fffd], // CJK Extensions B–F
  [0x30000, 0x3fffd], // CJK Extension G and beyond
];

const ZERO_WIDTH_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x001f], // C0 controls
  [0x007f, 0x009f], // DEL, C1 controls
  [0x0300, 0x036f], // combining diacritical marks
  [0x200b, 0x200f], // zero-width space, joiners, direction marks
  [0xfe00, 0xfe0f], // variation selectors
];

function inRanges(
  codePoint: number,
  ranges: readonly (readonly [number, number])[],
): boolean {
  return ranges.some(
    ([first, last]) => codePoint >= first && codePoint <= last,
  );
}

export function charWidth(codePoint: number): number {
  if (codePoint < 0x7f && codePoint >= 0x20) return 1;
  if (inRanges(codePoint, ZERO_WIDTH_RANGES)) return 0;

  return inRanges(codePoint, WIDE_RANGES) ? 2 : 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char.codePointAt(0) ?? 0);

  return width;
}

/** `text` padded with spaces to `width` columns, on the right or left. */
export function padDisplay(
  text: string,
  width: number,
  align: 'left' | 'right',
): string {
  const padding = ' '.repeat(Math.max(0, width - displayWidth(text)));

  return align === 'left' ? text + padding : padding + text;
}

// DESIGN §4.4 sorts codes by code point. JavaScript's `<` compares UTF-16
// code units, which puts characters beyond U+FFFF before U+E000–U+FFFF.

export function compareCodePoints(a: string, b: string): number {
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();

  for (;;) {
    const x = left.next();
    const y = right.next();
    if (x.done === true || y.done === true) {
      return (x.done === true ? 0 : 1) - (y.done === true ? 0 : 1);
    }

    const difference =
      (x.value.codePointAt(0) ?? 0) - (y.value.codePointAt(0) ?? 0);
    if (difference !== 0) return difference;
  }
}

// The settlement periods of a program's term (DESIGN §4.3 rule 1): calendar
// months, quarters, halves or years clipped to the term, or the whole term.
export interface PeriodSpan {
  start: string;
  end: string;
}

const monthsPer: Record<string, number | undefined> = {
  month: 1,
  quarter: 3,
  half_year: 6,
  year: 12,
};

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const dayOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Every period of the term in order, the whole term for `whole` (or a settle
 * that is not one yet, while it is typed); empty when the term is unreadable.
 */
export function periodsOf(
  termStart: string,
  termEnd: string,
  settle: string,
): PeriodSpan[] {
  const first = dayOf(termStart);
  const last = dayOf(termEnd);
  if (Number.isNaN(first.getTime()) || Number.isNaN(last.getTime())) return [];
  if (last < first) return [];
  const step = monthsPer[settle];
  if (step === undefined) return [{ start: termStart, end: termEnd }];

  const periods: PeriodSpan[] = [];
  const month = first.getUTCMonth() - (first.getUTCMonth() % step);
  let boundary = new Date(Date.UTC(first.getUTCFullYear(), month, 1));
  while (boundary <= last) {
    const next = new Date(
      Date.UTC(boundary.getUTCFullYear(), boundary.getUTCMonth() + step, 1),
    );
    const dayBefore = new Date(next.getTime() - 86_400_000);
    periods.push({
      start: isoDate(boundary < first ? first : boundary),
      end: isoDate(dayBefore > last ? last : dayBefore),
    });
    boundary = next;
  }

  return periods;
}

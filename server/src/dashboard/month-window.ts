// The dashboard's twelve months: the month of the as-of date and the eleven
// before it, as first days (YYYY-MM-DD) and labels (YYYY-MM).

export interface MonthWindow {
  /** First day of the oldest month. */
  first: string;
  /** First day of the month of the as-of date. */
  last: string;
  /** YYYY-MM, oldest first. */
  labels: string[];
}

export function monthWindow(asOf: string, months = 12): MonthWindow {
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7));
  const labels = Array.from({ length: months }, (_, index) => {
    const offset = year * 12 + (month - 1) - (months - 1) + index;
    const labelYear = Math.floor(offset / 12);
    const labelMonth = (offset % 12) + 1;

    return `${String(labelYear).padStart(4, '0')}-${String(labelMonth).padStart(2, '0')}`;
  });

  return {
    first: `${labels[0] ?? asOf.slice(0, 7)}-01`,
    last: `${asOf.slice(0, 7)}-01`,
    labels,
  };
}

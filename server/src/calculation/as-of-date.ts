// The default as-of date of a calculation (DESIGN §4.4): today where the
// business is, Asia/Shanghai unless the TZ environment variable names
// another zone. Computed in that zone, not in the machine's local time.

export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

export function todayIn(
  timeZone: string = process.env.TZ || BUSINESS_TIME_ZONE,
  now: Date = new Date(),
): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((found) => found.type === type)?.value ?? '';

  return `${part('year')}-${part('month')}-${part('day')}`;
}

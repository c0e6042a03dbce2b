/**
 * Today's date where the business is, YYYY-MM-DD: Asia/Shanghai unless TZ
 * names another zone. It decides which version is in force by default.
 */
export function businessToday(
  now: Date = new Date(),
  timeZone = process.env.TZ || 'Asia/Shanghai',
): string {
  // The Swedish locale writes dates as YYYY-MM-DD.
  return now.toLocaleDateString('sv-SE', { timeZone });
}

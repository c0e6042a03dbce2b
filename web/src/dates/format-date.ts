import type { Locale } from '../i18n/translate';

/** An ISO 8601 instant in the user's locale and time zone. */
export function formatDateTime(iso: string | null, locale: Locale): string {
  if (!iso) return '';

  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD) in the locale's way, never shifted a day. */
export function formatDate(isoDate: string | null, locale: Locale): string {
  if (!isoDate) return '';

  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** A calendar month (YYYY-MM) in the locale's way, e.g. Mar 2027. */
export function formatMonth(isoMonth: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${isoMonth}-01T00:00:00Z`));
}

/** A month of any year (1–12) by its short name in the locale, e.g. Mar. */
export function formatMonthName(month: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2000, month - 1, 1)));
}

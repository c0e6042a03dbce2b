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

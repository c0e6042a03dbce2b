import { enUS } from './messages/en-US';
import { zhCN, type MessageKey } from './messages/zh-CN';

export const locales = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-CN';

export type { MessageKey };

export const messages: Record<Locale, Record<MessageKey, string>> = {
  'zh-CN': zhCN,
  'en-US': enUS,
};

export type MessageValues = Record<string, string | number>;

/** Marks a key with no text, so a screen (and its tests) show the gap. */
export const untranslatedMark = (key: string) => `⟦${key}⟧`;

export function isLocale(value: unknown): value is Locale {
  return locales.some((locale) => locale === value);
}

/** The text of a key in a locale, with `{name}` placeholders filled in. */
export function translate(
  locale: Locale,
  key: MessageKey,
  values: MessageValues = {},
): string {
  const text: string | undefined = messages[locale][key];
  if (text === undefined) return untranslatedMark(key);

  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );
}

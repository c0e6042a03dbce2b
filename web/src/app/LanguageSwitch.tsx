import { Segmented } from 'antd';
import { useI18n } from '../i18n/I18nProvider';
import { locales, type Locale } from '../i18n/translate';

const labels: Record<Locale, string> = { 'zh-CN': '中文', 'en-US': 'EN' };

/** Each language is named in itself, so it can be found in either. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();

  return (
    <Segmented<Locale>
      aria-label={t('shell.language')}
      data-testid="language-switch"
      size="small"
      value={locale}
      options={locales.map((value) => ({ value, label: labels[value] }))}
      onChange={setLocale}
    />
  );
}

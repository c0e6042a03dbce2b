import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect } from 'react';
import { BrowserRouter } from 'react-router';
import { SessionProvider } from '../auth/SessionProvider';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/translate';
import { ErrorBoundary } from './ErrorBoundary';
import { AppRoutes } from './AppRoutes';

const antdLocales = { 'zh-CN': zhCN, 'en-US': enUS } as const;
const dayjsLocales: Record<Locale, string> = {
  'zh-CN': 'zh-cn',
  'en-US': 'en',
};

function LocalizedApp() {
  const { locale } = useI18n();

  useEffect(() => {
    dayjs.locale(dayjsLocales[locale]);
    document.documentElement.lang = locale;
  }, [locale]);

  return (
    <ConfigProvider
      locale={antdLocales[locale]}
      button={{ autoInsertSpace: false }}
      theme={{ token: { colorPrimary: '#1f5fbf', borderRadius: 4 } }}
    >
      <AntApp>
        <ErrorBoundary>
          <SessionProvider>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </SessionProvider>
        </ErrorBoundary>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <LocalizedApp />
    </I18nProvider>
  );
}

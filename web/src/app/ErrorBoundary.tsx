import { Result } from 'antd';
import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

function CrashNotice() {
  const { t } = useI18n();

  return (
    <Result
      status="error"
      data-testid="error-boundary"
      title={t('crash.title')}
      subTitle={t('crash.hint')}
    />
  );
}

/** A page that throws shows a notice instead of a blank screen. */
export class ErrorBoundary extends Component<
  { children: ReactNode },
  { crashed: boolean }
> {
  override state = { crashed: false };

  static getDerivedStateFromError() {
    return { crashed: true };
  }

  override render() {
    return this.state.crashed ? <CrashNotice /> : this.props.children;
  }
}

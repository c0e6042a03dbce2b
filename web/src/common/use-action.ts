import { App } from 'antd';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';

/**
 * Runs a write and tells the user how it went: the `done` text on success
 * (then `onDone`), the server's own message on refusal.
 */
export function useAction(onDone: () => void) {
  const { t } = useI18n();
  const { message } = App.useApp();

  return async (
    action: () => Promise<unknown>,
    done: string,
  ): Promise<boolean> => {
    try {
      await action();
      void message.success(done);
      onDone();
      return true;
    } catch (error) {
      void message.error(
        error instanceof ApiError ? error.message : t('error.network'),
      );
      return false;
    }
  };
}

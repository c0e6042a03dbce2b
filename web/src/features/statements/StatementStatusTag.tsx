import { Tag } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import type { StatementStatus } from './statement-types';

const colors: Record<StatementStatus, string> = {
  preview: 'default',
  issued: 'blue',
  confirmed: 'green',
  disputed: 'red',
  adjusted: 'purple',
  rejected: 'orange',
};

export function StatementStatusTag({ status }: { status: StatementStatus }) {
  const { t } = useI18n();

  return <Tag color={colors[status]}>{t(`statement.status.${status}`)}</Tag>;
}

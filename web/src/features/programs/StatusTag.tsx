import { Tag } from 'antd';
import type { ProgramStatus, ProgramVersionStatus } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';

const colors: Record<ProgramStatus | ProgramVersionStatus, string> = {
  draft: 'default',
  submitted: 'gold',
  approved: 'blue',
  active: 'green',
  closed: 'default',
  rejected: 'red',
  superseded: 'default',
};

export function StatusTag({
  status,
}: {
  status: ProgramStatus | ProgramVersionStatus;
}) {
  const { t } = useI18n();

  return (
    <Tag color={colors[status]} data-testid="status">
      {t(`status.${status}`)}
    </Tag>
  );
}

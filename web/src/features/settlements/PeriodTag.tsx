import { Tag } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import type { PeriodState } from './settlement-types';

const colors: Record<PeriodState, string> = {
  open: 'blue',
  ended: 'gold',
  closed: 'green',
};

export function PeriodTag({ state }: { state: PeriodState }) {
  const { t } = useI18n();

  return <Tag color={colors[state]}>{t(`period.state.${state}`)}</Tag>;
}

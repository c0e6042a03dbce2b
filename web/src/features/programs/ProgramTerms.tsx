import { Card, Descriptions, Space } from 'antd';
import type { ProgramTermsView } from '../../api/types';
import { PageHead } from '../../common/PageHead';
import { formatDate } from '../../dates/format-date';
import { useI18n } from '../../i18n/I18nProvider';
import { TierPreview } from './chart/TierPreview';
import { measureUnitOf } from './chart/tier-curve';
import { StatusTag } from './StatusTag';
import { TiersTable } from './TiersTable';

/** What a sales rep or a customer sees: the terms, never the scope lists. */
export function ProgramTerms({ program }: { program: ProgramTermsView }) {
  const { t, locale } = useI18n();
  const { terms } = program;

  return (
    <>
      <PageHead
        title={`${program.name} (${program.code})`}
        extra={<StatusTag status={program.status} />}
      />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small">
          <Descriptions
            column={3}
            items={[
              {
                key: 'period',
                label: t('program.period'),
                children: `${formatDate(terms.period.start, locale)} – ${formatDate(terms.period.end, locale)}`,
              },
              {
                key: 'settle',
                label: t('program.settle'),
                children: t(`settle.${terms.period.settle}`),
              },
              {
                key: 'version',
                label: t('program.version'),
                children: `v${program.version}`,
              },
              {
                key: 'measure',
                label: t('program.measure'),
                children: t(`measure.${measureKey(terms.measure)}`),
              },
              {
                key: 'method',
                label: t('program.method'),
                children: t(`method.${terms.method}`),
              },
              {
                key: 'currency',
                label: t('program.currency'),
                children: terms.currency,
              },
            ]}
          />
        </Card>
        <TiersTable
          tiers={terms.tiers}
          currency={terms.currency}
          unit={measureUnitOf(terms.measure)}
        />
        <TierPreview
          currency={terms.currency}
          input={{
            method: terms.method,
            unit: measureUnitOf(terms.measure),
            tiers: terms.tiers,
            capPerPeriod: terms.cap.perPeriod,
            rounding: terms.rounding,
          }}
        />
      </Space>
    </>
  );
}

type MeasureWord =
  | 'net_amount'
  | 'quantity'
  | 'gross_margin'
  | 'collected_amount'
  | 'growth_pct'
  | 'target_pct';

export function measureKey(measure: string): MeasureWord {
  const known: MeasureWord[] = [
    'net_amount',
    'quantity',
    'gross_margin',
    'collected_amount',
    'growth_pct',
    'target_pct',
  ];
  return known.find((word) => word === measure) ?? 'net_amount';
}

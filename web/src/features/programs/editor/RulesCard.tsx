import { Card, Col, Form, InputNumber, Row } from 'antd';
import { useI18n } from '../../../i18n/I18nProvider';
import { ChoiceSelect, DateInput, DecimalInput, dateField } from './fields';
import {
  accumulations,
  bases,
  measures,
  methods,
  roundingModes,
  settles,
} from './program-form';

/** Period, what is measured and paid on, conditions and rounding. */
export function RulesCard() {
  const { t } = useI18n();

  return (
    <Card title={t('editor.rules')} size="small">
      <Row gutter={12}>
        <Col span={6}>
          <Form.Item
            name={['period', 'start']}
            label={t('program.periodStart')}
            {...dateField}
          >
            <DateInput />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name={['period', 'end']}
            label={t('program.periodEnd')}
            {...dateField}
          >
            <DateInput />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name={['period', 'settle']} label={t('program.settle')}>
            <ChoiceSelect choices={settles} prefix="settle" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name={['period', 'accumulate']}
            label={t('program.accumulate')}
          >
            <ChoiceSelect choices={accumulations} prefix="accumulate" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="measure" label={t('program.measure')}>
            <ChoiceSelect choices={measures} prefix="measure" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="base"
            label={t('program.base')}
            extra={t('editor.baseHint')}
          >
            <ChoiceSelect choices={bases} prefix="base" allowClear />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="method" label={t('program.method')}>
            <ChoiceSelect choices={methods} prefix="method" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name={['conditions', 'paid_within_days']}
            label={t('program.paidWithinDays')}
          >
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name={['conditions', 'min_categories']}
            label={t('program.minCategories')}
          >
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name={['conditions', 'min_growth_pct']}
            label={t('program.minGrowthPct')}
          >
            <DecimalInput suffix="%" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name={['rounding', 'scale']}
            label={t('program.roundingScale')}
          >
            <InputNumber
              min={0}
              max={6}
              precision={0}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name={['rounding', 'mode']}
            label={t('program.roundingMode')}
          >
            <ChoiceSelect choices={roundingModes} prefix="rounding" />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

import { Card, Col, Form, Input, InputNumber, Row } from 'antd';
import { useI18n } from '../../../i18n/I18nProvider';
import { ChoiceSelect, DecimalInput } from './fields';
import { accrualTimings, enrollments, payoutForms } from './program-form';

/** Caps, budget, enrollment, accrual, accounts and how the rebate is paid. */
export function SettlementCard() {
  const { t } = useI18n();

  return (
    <Card title={t('editor.settlement')} size="small">
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item
            name={['cap', 'per_period']}
            label={t('program.capPerPeriod')}
          >
            <DecimalInput />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name={['cap', 'total']} label={t('program.capTotal')}>
            <DecimalInput />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="budget" label={t('program.budget')}>
            <DecimalInput />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="enrollment" label={t('program.enrollment')}>
            <ChoiceSelect choices={enrollments} prefix="enrollment" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name={['accrual', 'at']} label={t('program.accrualAt')}>
            <ChoiceSelect choices={accrualTimings} prefix="accrual" />
          </Form.Item>
        </Col>
        <Col span={8} />
        <Col span={12}>
          <Form.Item
            name={['accounting', 'expense_account']}
            label={t('program.expenseAccount')}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name={['accounting', 'liability_account']}
            label={t('program.liabilityAccount')}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name={['payout', 'form']} label={t('program.payoutForm')}>
            <ChoiceSelect choices={payoutForms} prefix="payout" allowClear />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name={['payout', 'balance', 'valid_days']}
            label={t('program.balanceValidDays')}
          >
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name={['payout', 'balance', 'min_order_amount']}
            label={t('program.balanceMinOrder')}
          >
            <DecimalInput />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name={['payout', 'balance', 'max_order_share']}
            label={t('program.balanceMaxShare')}
          >
            <DecimalInput suffix="%" />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

import { Button, Card, Col, Form, Row } from 'antd';
import { useI18n } from '../../../i18n/I18nProvider';
import { DecimalInput } from './fields';

/** The tier table: thresholds rising, each with a rate, per unit or lump sum. */
export function TiersCard() {
  const { t } = useI18n();

  return (
    <Card title={t('program.tiers')} size="small">
      <Form.List name="tiers">
        {(rows, { add, remove }) => (
          <>
            {rows.map((row, index) => (
              <Row gutter={8} key={row.key} data-testid={`tier-${index}`}>
                <Col span={6}>
                  <Form.Item
                    name={[row.name, 'from']}
                    label={index === 0 ? t('tier.from') : undefined}
                  >
                    <DecimalInput placeholder={t('tier.from')} />
                  </Form.Item>
                </Col>
                <Col span={5}>
                  <Form.Item
                    name={[row.name, 'rate']}
                    label={index === 0 ? t('tier.rate') : undefined}
                  >
                    <DecimalInput suffix="%" placeholder={t('tier.rate')} />
                  </Form.Item>
                </Col>
                <Col span={5}>
                  <Form.Item
                    name={[row.name, 'per_unit']}
                    label={index === 0 ? t('tier.perUnit') : undefined}
                  >
                    <DecimalInput placeholder={t('tier.perUnit')} />
                  </Form.Item>
                </Col>
                <Col span={5}>
                  <Form.Item
                    name={[row.name, 'amount']}
                    label={index === 0 ? t('tier.amount') : undefined}
                  >
                    <DecimalInput placeholder={t('tier.amount')} />
                  </Form.Item>
                </Col>
                <Col span={3}>
                  <Form.Item label={index === 0 ? ' ' : undefined}>
                    <Button
                      danger
                      type="text"
                      disabled={rows.length === 1}
                      onClick={() => remove(row.name)}
                    >
                      {t('tier.remove')}
                    </Button>
                  </Form.Item>
                </Col>
              </Row>
            ))}
            <Button
              type="dashed"
              block
              data-testid="add-tier"
              onClick={() => add({})}
            >
              {t('tier.add')}
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}

import { Card, Col, Form, Row, Typography } from 'antd';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/translate';
import { ListInput } from './fields';
import { customerKinds, productKinds } from './program-form';

function Selector({
  who,
  kinds,
}: {
  who: 'customers' | 'products';
  kinds: readonly string[];
}) {
  const { t } = useI18n();

  return (
    <>
      {(['include', 'exclude'] as const).map((side) => (
        <div key={side}>
          <Typography.Text type="secondary">
            {t(`eligibility.${who}.${side}`)}
          </Typography.Text>
          <Row gutter={8}>
            {kinds.map((kind) => (
              <Col span={24 / kinds.length} key={kind}>
                <Form.Item
                  name={['eligibility', who, side, kind]}
                  label={t(`eligibility.kind.${kind}` as MessageKey)}
                >
                  <ListInput />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </div>
      ))}
    </>
  );
}

/** Which customers and products the program covers; empty means all. */
export function EligibilityCard() {
  const { t } = useI18n();

  return (
    <Card title={t('editor.eligibility')} size="small">
      <Typography.Paragraph type="secondary">
        {t('editor.eligibilityHint')}
      </Typography.Paragraph>
      <Selector who="customers" kinds={customerKinds} />
      <Selector who="products" kinds={productKinds} />
    </Card>
  );
}

import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/client';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { useI18n } from '../i18n/I18nProvider';
import { useSession } from './SessionProvider';

interface Credentials {
  username: string;
  password: string;
}

export function LoginPage() {
  const { t } = useI18n();
  const { login } = useSession();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async ({ username, password }: Credentials) => {
    setBusy(true);
    setFailure(null);
    try {
      await login(username, password);
    } catch (error) {
      setFailure(
        error instanceof ApiError ? error.message : t('error.network'),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login-page">
      <Card className="login-card">
        <div className="login-head">
          <div>
            <Typography.Title level={3}>Tierline</Typography.Title>
            <Typography.Text type="secondary">
              {t('shell.product')}
            </Typography.Text>
          </div>
          <LanguageSwitch />
        </div>
        {failure && (
          <Alert
            type="error"
            showIcon
            title={failure}
            className="login-alert"
          />
        )}
        <Form<Credentials>
          layout="vertical"
          onFinish={submit}
          requiredMark={false}
        >
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, message: t('login.usernameRequired') }]}
          >
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}

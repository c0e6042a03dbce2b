import {
  AccountBookOutlined,
  AuditOutlined,
  CheckSquareOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  FileTextOutlined,
  IdcardOutlined,
  PayCircleOutlined,
  ShoppingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { canSee, pages, type PageName } from '../auth/permissions';
import { usePrincipal, useSession } from '../auth/SessionProvider';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/translate';
import { ErrorBoundary } from './ErrorBoundary';
import { LanguageSwitch } from './LanguageSwitch';

const pagePaths: Record<PageName, string> = {
  dashboard: '/dashboard',
  customers: '/customers',
  myCustomer: '/my-customer',
  products: '/products',
  programs: '/programs',
  approvals: '/approvals',
  payouts: '/payouts',
  settlements: '/settlements',
  imports: '/imports',
  audit: '/audit',
};

const pageTitles: Record<PageName, MessageKey> = {
  dashboard: 'nav.dashboard',
  customers: 'nav.customers',
  myCustomer: 'nav.myCustomer',
  products: 'nav.products',
  programs: 'nav.programs',
  approvals: 'nav.approvals',
  payouts: 'nav.payouts',
  settlements: 'nav.settlements',
  imports: 'nav.imports',
  audit: 'nav.audit',
};

const pageIcons: Record<PageName, ReactNode> = {
  dashboard: <DashboardOutlined />,
  customers: <TeamOutlined />,
  myCustomer: <IdcardOutlined />,
  products: <ShoppingOutlined />,
  programs: <FileTextOutlined />,
  approvals: <CheckSquareOutlined />,
  payouts: <PayCircleOutlined />,
  settlements: <AccountBookOutlined />,
  imports: <CloudUploadOutlined />,
  audit: <AuditOutlined />,
};

function selectedPage(pathname: string): string[] {
  const found = pages.find((name) => pathname.startsWith(pagePaths[name]));
  return found ? [found] : [];
}

export function AppShell() {
  const { t } = useI18n();
  const principal = usePrincipal();
  const { logout } = useSession();
  const navigate = useNavigate();
  const location = useLocation();

  const items = pages
    .filter((name) => canSee(principal.role, name))
    .map((name) => ({
      key: name,
      icon: pageIcons[name],
      label: t(pageTitles[name]),
    }));

  return (
    <Layout className="shell">
      <Layout.Sider width={208} theme="light" className="shell-sider">
        <div className="shell-brand">
          <Typography.Text strong>Tierline</Typography.Text>
          <Typography.Text type="secondary">
            {t('shell.product')}
          </Typography.Text>
        </div>
        <Menu
          mode="inline"
          style={{ borderInlineEnd: 'none' }}
          data-testid="main-menu"
          selectedKeys={selectedPage(location.pathname)}
          items={items}
          onClick={({ key }) => {
            const name = pages.find((page) => page === key);
            if (name) navigate(pagePaths[name]);
          }}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="shell-header">
          <Space size="middle">
            <LanguageSwitch />
            <span data-testid="current-user">{principal.name}</span>
            <Tag color="blue">{t(`role.${principal.role}`)}</Tag>
            <Button
              size="small"
              data-testid="logout"
              onClick={() => {
                void logout().then(() => navigate('/'));
              }}
            >
              {t('shell.logout')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content className="shell-content">
          <ErrorBoundary key={location.pathname}>
            <Outlet />
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

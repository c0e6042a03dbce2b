import { Spin } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { homePath, type PageName } from '../auth/permissions';
import { LoginPage } from '../auth/LoginPage';
import { useSession } from '../auth/SessionProvider';
import { AppShell } from './AppShell';
import { NotFoundPage, PageGuard } from './PageGuard';

// Every page is its own chunk: the first screen loads only the shell.
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage'));
const CustomersPage = lazy(() => import('../features/customers/CustomersPage'));
const CustomerDetailPage = lazy(
  () => import('../features/customers/CustomerDetailPage'),
);
const MyCustomerPage = lazy(
  () => import('../features/customers/MyCustomerPage'),
);
const ProductsPage = lazy(() => import('../features/products/ProductsPage'));
const ProgramsPage = lazy(() => import('../features/programs/ProgramsPage'));
const ProgramDetailPage = lazy(
  () => import('../features/programs/ProgramDetailPage'),
);
const ProgramEditorPage = lazy(
  () => import('../features/programs/editor/ProgramEditorPage'),
);
const ApprovalsPage = lazy(() => import('../features/approvals/ApprovalsPage'));
const PayoutsPage = lazy(() => import('../features/payouts/PayoutsPage'));
const SettlementsPage = lazy(
  () => import('../features/settlements/SettlementsPage'),
);
const ImportsPage = lazy(() => import('../features/imports/ImportsPage'));
const AuditPage = lazy(() => import('../features/audit/AuditPage'));

function page(name: PageName, element: ReactNode) {
  return (
    <PageGuard page={name}>
      <Suspense fallback={<Spin className="page-spin" />}>{element}</Suspense>
    </PageGuard>
  );
}

export function AppRoutes() {
  const { checked, principal } = useSession();
  if (!checked) return <Spin className="page-spin" />;
  if (!principal) return <LoginPage />;

  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route
          index
          element={<Navigate to={homePath(principal.role)} replace />}
        />
        <Route path="login" element={<Navigate to="/" replace />} />
        <Route
          path="dashboard"
          element={page('dashboard', <DashboardPage />)}
        />
        <Route
          path="customers"
          element={page('customers', <CustomersPage />)}
        />
        <Route
          path="customers/:code"
          element={page('customers', <CustomerDetailPage />)}
        />
        <Route
          path="my-customer"
          element={page('myCustomer', <MyCustomerPage />)}
        />
        <Route path="products" element={page('products', <ProductsPage />)} />
        <Route path="programs" element={page('programs', <ProgramsPage />)} />
        <Route
          path="programs/new"
          element={page('programs', <ProgramEditorPage />)}
        />
        <Route
          path="programs/:code"
          element={page('programs', <ProgramDetailPage />)}
        />
        <Route
          path="programs/:code/versions/new"
          element={page('programs', <ProgramEditorPage />)}
        />
        <Route
          path="programs/:code/versions/:version/edit"
          element={page('programs', <ProgramEditorPage />)}
        />
        <Route
          path="approvals"
          element={page('approvals', <ApprovalsPage />)}
        />
        <Route path="payouts" element={page('payouts', <PayoutsPage />)} />
        <Route
          path="settlements"
          element={page('settlements', <SettlementsPage />)}
        />
        <Route path="imports" element={page('imports', <ImportsPage />)} />
        <Route path="audit" element={page('audit', <AuditPage />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

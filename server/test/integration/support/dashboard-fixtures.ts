// The store the analytics tests read: the auth fixture's customers (C001
// and C003 are rep1's, C002 is R2's), two products, one quarterly program
// (1 % from 1,000, 2 % from 5,000) with a budget of 1,000, sales lines from
// a year before its term to its second quarter, and the accruals refreshed.
import type { LightMyRequestResponse } from 'fastify';
import { refreshAccruals } from '../../../src/accruals/refresh-accruals.js';
import {
  importCsv,
  productsCsv,
  quarterProgram,
  salesCsv,
  seedPrograms,
  type Line,
} from './accrual-fixtures.js';
import {
  createAuthTestApp,
  loginAs,
  type AuthTestApp,
  type TestSession,
} from './auth-fixtures.js';

export const DASHBOARD_AS_OF = '2027-05-15';
export const DASHBOARD_PROGRAM = 'DASH-Q';

const lines: Line[] = [
  {
    invoiceNo: 'A-1',
    date: '2026-01-10',
    customer: 'C001',
    sku: 'P01',
    fen: 70_000,
  },
  {
    invoiceNo: 'A-2',
    date: '2027-01-05',
    customer: 'C001',
    sku: 'P01',
    fen: 300_000,
  },
  {
    invoiceNo: 'A-3',
    date: '2027-02-05',
    customer: 'C001',
    sku: 'P02',
    fen: 300_000,
  },
  {
    invoiceNo: 'A-4',
    date: '2027-04-10',
    customer: 'C001',
    sku: 'P01',
    fen: 50_000,
  },
  {
    invoiceNo: 'B-1',
    date: '2027-03-10',
    customer: 'C002',
    sku: 'P01',
    fen: 200_000,
  },
  {
    invoiceNo: 'B-2',
    date: '2027-04-20',
    customer: 'C002',
    sku: 'P01',
    fen: -10_000,
  },
  {
    invoiceNo: 'C-1',
    date: '2027-01-15',
    customer: 'C003',
    sku: 'P01',
    fen: 150_000,
  },
  {
    invoiceNo: 'C-2',
    date: '2027-02-15',
    customer: 'C003',
    sku: 'P01',
    fen: -20_000,
  },
];

export interface DashboardTestApp extends AuthTestApp {
  /** GET as the fixture user, its session kept for later calls. */
  getAs(username: string, url: string): Promise<LightMyRequestResponse>;
}

export async function createDashboardTestApp(): Promise<DashboardTestApp> {
  const t = await createAuthTestApp();
  const { store } = t.test;
  await importCsv(store, 'products', productsCsv(), DASHBOARD_AS_OF);
  await seedPrograms(store, [
    quarterProgram(DASHBOARD_PROGRAM, { budget: '1000' }),
  ]);
  await importCsv(store, 'sales', salesCsv(lines), DASHBOARD_AS_OF);
  await refreshAccruals(store, {
    asOf: DASHBOARD_AS_OF,
    audit: { actor: 'test' },
  });

  const sessions = new Map<string, TestSession>();
  return {
    ...t,
    async getAs(username, url) {
      const session =
        sessions.get(username) ?? (await loginAs(t.app, username));
      sessions.set(username, session);
      return t.app.inject({ url, headers: session.headers });
    },
  };
}

import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { AuthSettings } from '../../../src/auth/auth-settings.js';
import { buildApp } from '../../../src/http/app.js';
import { createLogger } from '../../../src/platform/logger.js';
import { createTestStore, type TestStore } from './test-store.js';
import type { Store } from '../../../src/db/database.js';
import type { Role } from '../../../src/auth/policy.js';
import { createUser } from '../../../src/users/create-user.js';

/** Customers of two sales reps: R1 has C001 and C003, R2 has C002. */
export const fixtureCustomers = [
  { code: 'C001', name: '华东一号经销商', salesRep: 'R1' },
  { code: 'C002', name: '华南二号经销商', salesRep: 'R2' },
  { code: 'C003', name: '华东三号经销商', salesRep: 'R1' },
] as const;

export const fixturePassword = 'fixture-password-2027';

/** One user per role, plus a second customer user on C002. */
export const fixtureUsers: {
  username: string;
  role: Role;
  userCode?: string;
  customerCode?: string;
}[] = [
  { username: 'admin', role: 'admin' },
  { username: 'manager', role: 'program_manager' },
  { username: 'approver', role: 'approver' },
  { username: 'rep1', role: 'sales_rep', userCode: 'R1' },
  { username: 'cust1', role: 'customer', customerCode: 'C001' },
  { username: 'auditor', role: 'auditor' },
  { username: 'cust2', role: 'customer', customerCode: 'C002' },
];

/** The user of each role that the route × role test acts as. */
export const userOfRole: Record<Role, string> = {
  admin: 'admin',
  program_manager: 'manager',
  approver: 'approver',
  sales_rep: 'rep1',
  customer: 'cust1',
  auditor: 'auditor',
};

export async function seedCustomers(
  store: Store,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  await store.transaction(async (connection) => {
    for (const customer of fixtureCustomers) {
      const [row] = await connection.query<{ id: number }>(
        `insert into customers (code, name, sales_rep) values ($1, $2, $3)
         returning id`,
        [customer.code, customer.name, customer.salesRep],
      );
      if (row) ids.set(customer.code, row.id);
    }
  });
  return ids;
}

/** The fixture customers and users; returns the customer ids by code. */
export async function seedAccounts(store: Store): Promise<Map<string, number>> {
  const ids = await seedCustomers(store);
  for (const user of fixtureUsers) {
    await createUser(
      store,
      { ...user, password: fixturePassword },
      { actor: 'fixture' },
    );
  }
  return ids;
}

/** A logged-in session: the cookie and CSRF header to send. */
export interface TestSession {
  cookie: string;
  csrfToken: string;
  /** Headers for any request of this session, writes included. */
  headers: Record<string, string>;
  login: LightMyRequestResponse;
}

export async function loginAs(
  app: FastifyInstance,
  username: string,
  password = fixturePassword,
  remoteAddress = '127.0.0.1',
): Promise<TestSession> {
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress,
  });
  if (login.statusCode !== 200) {
    throw new Error(`login as ${username}: ${login.statusCode} ${login.body}`);
  }

  const cookie = login.cookies.find((c) => c.name === 'tierline_session');
  const csrfToken = (login.json() as { csrfToken: string }).csrfToken;
  if (!cookie) throw new Error(`login as ${username} set no session cookie`);
  const cookieHeader = `${cookie.name}=${cookie.value}`;
  return {
    cookie: cookieHeader,
    csrfToken,
    headers: { cookie: cookieHeader, 'x-csrf-token': csrfToken },
    login,
  };
}

export interface AuthTestApp {
  app: FastifyInstance;
  test: TestStore;
  /** Every log line, as written. */
  logLines: string[];
  dispose(): Promise<void>;
}

/** The HTTP app on a fresh store with the fixture accounts. */
export async function createAuthTestApp(
  options: {
    auth?: AuthSettings;
    seed?: boolean;
    agreementDocumentMaxBytes?: number;
  } = {},
): Promise<AuthTestApp & { customerIds: Map<string, number> }> {
  const test = await createTestStore();
  const logLines: string[] = [];
  const logger = createLogger({
    level: 'debug',
    destination: { write: (line: string) => void logLines.push(line) },
  });
  const customerIds =
    options.seed === false
      ? new Map<string, number>()
      : await seedAccounts(test.store);

  const app = await buildApp({
    store: test.store,
    config: { logLevel: 'debug' },
    logger,
    webDistDir: test.env.TIERLINE_DATA_DIR,
    auth: options.auth,
    agreementDocumentMaxBytes: options.agreementDocumentMaxBytes,
  });
  return {
    app,
    test,
    logLines,
    customerIds,
    async dispose() {
      await app.close();
      await test.dispose();
    },
  };
}

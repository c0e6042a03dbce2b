import { asc, ne } from 'drizzle-orm';
import type { Store } from '../db/database.js';
import { customers } from '../db/schema.js';
import type { Role } from '../auth/policy.js';
import { createUserIn } from './create-user.js';
import { normalizeUsername } from './user-view.js';

// Demo only: fixed, published passwords (README, and printed once on first
// start). Never use them on a store with real data.

export interface DemoCredential {
  username: string;
  password: string;
  role: Role;
  /** False when the user already existed (its password is left as it is). */
  created: boolean;
  userCode: string | null;
  customerCode: string | null;
}

const demoAccounts: { username: string; role: Role; displayName: string }[] = [
  { username: 'admin', role: 'admin', displayName: '系统管理员 (demo)' },
  {
    username: 'manager',
    role: 'program_manager',
    displayName: '返利政策经理 (demo)',
  },
  { username: 'approver', role: 'approver', displayName: '财务审批 (demo)' },
  { username: 'rep', role: 'sales_rep', displayName: '销售代表 (demo)' },
  { username: 'customer', role: 'customer', displayName: '经销商 (demo)' },
  { username: 'auditor', role: 'auditor', displayName: '审计 (demo)' },
];

export const demoPassword = (username: string) => `demo-${username}-2027`;

export interface DemoUserOptions {
  /** The demo sales rep's code; default: the first customer's sales rep. */
  salesRepCode?: string;
  /** The demo customer user's customer; default: the first customer. */
  customerCode?: string;
}

/**
 * One user per role with a fixed demo password, in one transaction with
 * their audit entries. Needs customers in the store (the demo data) for the
 * sales rep and the customer user. Returns the credentials to print once.
 */
export async function createDemoUsers(
  store: Store,
  options: DemoUserOptions = {},
): Promise<DemoCredential[]> {
  const [first] = await store.db
    .select({ code: customers.code, salesRep: customers.salesRep })
    .from(customers)
    .where(ne(customers.salesRep, ''))
    .orderBy(asc(customers.code))
    .limit(1);
  const customerCode = options.customerCode ?? first?.code ?? null;
  const salesRepCode = options.salesRepCode ?? first?.salesRep ?? null;
  if (!customerCode || !salesRepCode) {
    throw new Error(
      'createDemoUsers needs customers: load the demo data first',
    );
  }

  return store.transaction(async (connection) => {
    const credentials: DemoCredential[] = [];
    for (const account of demoAccounts) {
      const username = normalizeUsername(account.username);
      const password = demoPassword(username);
      const userCode = account.role === 'sales_rep' ? salesRepCode : null;
      const boundCustomer = account.role === 'customer' ? customerCode : null;
      const [existing] = await connection.query(
        'select 1 from users where username = $1',
        [username],
      );

      if (!existing) {
        await createUserIn(
          connection,
          { ...account, password, userCode, customerCode: boundCustomer },
          { actor: 'demo' },
        );
      }
      credentials.push({
        username,
        password,
        role: account.role,
        created: !existing,
        userCode,
        customerCode: boundCustomer,
      });
    }
    return credentials;
  });
}

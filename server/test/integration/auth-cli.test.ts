import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authSettings } from '../../src/auth/auth-settings.js';
import { login } from '../../src/auth/login.js';
import { createDemoUsers } from '../../src/users/demo-users.js';
import { seedCustomers } from './support/auth-fixtures.js';
import { runCli } from './support/run-cli.js';
import { createClosedTestStore, storeKind } from './support/test-store.js';

const quiet = { info: () => undefined, warn: () => undefined };

describe(`tierline user and token commands (${storeKind})`, () => {
  let test: Awaited<ReturnType<typeof createClosedTestStore>>;

  beforeAll(async () => {
    test = await createClosedTestStore();
    const store = await test.reopen();
    await seedCustomers(store).finally(() => store.close());
  });

  afterAll(async () => {
    await test.dispose();
  });

  describe('when an admin is created with the password on standard input', () => {
    it('creates the user, who can then log in', async () => {
      const result = await runCli(
        ['user', 'create', '--role', 'admin'],
        test.env,
        'first-admin-password\n',
      );
      const store = await test.reopen();
      const loggedIn = await login(
        store,
        {
          username: 'admin',
          password: 'first-admin-password',
          ip: '127.0.0.1',
          userAgent: 'test',
        },
        authSettings(),
        quiet,
      ).finally(() => store.close());

      expect(result.stderr).toBe('');
      expect(result.stdout).toContain('Created user admin (admin');
      expect(loggedIn.principal.role).toBe('admin');
    });
  });

  describe('when a customer token is created and the binding is wrong', () => {
    it('names the problem and exits 2', async () => {
      const result = await runCli(
        [
          'token',
          'create',
          '--name',
          'portal',
          '--role',
          'customer',
          '--customer',
          'C404',
        ],
        test.env,
      );

      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        'A customer user is bound to one existing customer',
      );
    });
  });

  describe('when a customer token is created for an existing customer', () => {
    it('prints the token once on standard output', async () => {
      const result = await runCli(
        [
          'token',
          'create',
          '--name',
          'portal',
          '--role',
          'customer',
          '--customer',
          'C002',
        ],
        test.env,
      );

      expect(result.code).toBe(0);
      expect(result.stdout.trim()).toMatch(/^tl_[A-Za-z0-9_-]{43}$/);
      expect(result.stderr).toContain('shown this once');
    });
  });
});

describe(`createDemoUsers (${storeKind})`, () => {
  let test: Awaited<ReturnType<typeof createClosedTestStore>>;

  beforeAll(async () => {
    test = await createClosedTestStore();
  });

  afterAll(async () => {
    await test.dispose();
  });

  describe('when the store holds customers', () => {
    it('creates one user per role whose demo password works, once', async () => {
      const store = await test.reopen();
      try {
        await seedCustomers(store);
        const first = await createDemoUsers(store);
        const again = await createDemoUsers(store);
        const roles = [];
        for (const credential of first) {
          const loggedIn = await login(
            store,
            { ...credential, ip: '127.0.0.1', userAgent: 'test' },
            authSettings(),
            quiet,
          );
          roles.push(loggedIn.principal.role);
        }

        expect(roles).toEqual([
          'admin',
          'program_manager',
          'approver',
          'sales_rep',
          'customer',
          'auditor',
        ]);
        expect(first.find((c) => c.role === 'sales_rep')?.userCode).toBe('R1');
        expect(first.find((c) => c.role === 'customer')?.customerCode).toBe(
          'C001',
        );
        expect(again.every((credential) => !credential.created)).toBe(true);
      } finally {
        await store.close();
      }
    });
  });
});

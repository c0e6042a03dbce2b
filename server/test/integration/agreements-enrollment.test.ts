import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calculateStore } from '../../src/calculation/calculate-store.js';
import {
  createAuthTestApp,
  loginAs,
  type AuthTestApp,
  type TestSession,
} from './support/auth-fixtures.js';
import { activeAgreement, createAgreementAs } from './support/agreements.js';
import { importContent } from './support/imports.js';
import { activeProgram, programDocument } from './support/programs.js';
import { storeKind } from './support/test-store.js';

const productsCsv = 'sku,name,category,brand,unit\nSKU-1,矿泉水,饮料,清泉,箱\n';

// 200,000.00 of sales for each customer in the first quarter.
const salesCsv =
  'invoice_no,line_no,invoice_date,customer_code,sku,quantity,net_amount,' +
  'cost_amount,currency,paid_date\n' +
  ['C001', 'C002', 'C003']
    .map(
      (code, index) =>
        `INV-${index},1,2027-02-10,${code},SKU-1,100,200000.00,,CNY,`,
    )
    .join('\n') +
  '\n';

const everyFixtureCustomer = {
  customers: { include: { codes: ['C001', 'C002', 'C003'] } },
};

// DESIGN §5: with `enrollment: agreement` a customer accrues only while it
// has an active agreement and matches the scope; `automatic` needs only the
// scope.
describe(`enrollment in the store calculation (${storeKind})`, () => {
  let t: AuthTestApp;
  let manager: TestSession;

  const customersOf = async (programCode: string) => {
    const output = await calculateStore(t.test.store, '2027-03-31');

    return [
      ...new Set(
        output.results
          .filter((row) => row.programCode === programCode)
          .map((row) => row.customerCode),
      ),
    ];
  };

  beforeAll(async () => {
    t = await createAuthTestApp();
    manager = await loginAs(t.app, 'manager');
    const approver = await loginAs(t.app, 'approver');
    for (const [kind, content] of [
      ['products', productsCsv],
      ['sales', salesCsv],
    ] as const) {
      const report = await importContent(t.test.store, kind, 'f.csv', content);
      if (report.status !== 'committed') {
        throw new Error(JSON.stringify(report.badRows));
      }
    }

    await activeProgram(
      t.app,
      manager,
      approver,
      programDocument('AGREED-2027', {
        enrollment: 'agreement',
        eligibility: everyFixtureCustomer,
      }),
    );
    await activeProgram(
      t.app,
      manager,
      approver,
      programDocument('OPEN-2027', { eligibility: everyFixtureCustomer }),
    );
    await activeAgreement(t.app, manager, 'AGREED-2027', 'C001');
    await createAgreementAs(t.app, manager, {
      programCode: 'AGREED-2027',
      customerCode: 'C002',
      contractNo: 'HT-DRAFT',
      signedOn: '2026-12-01',
    });
  }, 300_000);

  afterAll(async () => {
    await t.dispose();
  });

  describe('when one customer has an active agreement and one a draft', () => {
    it('calculates the agreement program for the active one only', async () => {
      expect(await customersOf('AGREED-2027')).toEqual(['C001']);
    });

    it('earns the enrolled customer its rebate', async () => {
      const output = await calculateStore(t.test.store, '2027-03-31');
      const row = output.results.find(
        (one) =>
          one.programCode === 'AGREED-2027' && one.customerCode === 'C001',
      );

      expect(row).toMatchObject({
        period: { start: '2027-01-01' },
        measure: '200000.00',
        tier: 1,
        rebate: '2000.00',
      });
    });

    it('calculates an automatic program for every customer in scope', async () => {
      expect(await customersOf('OPEN-2027')).toEqual(['C001', 'C002', 'C003']);
    });
  });

  describe('when an agreement covers none of the started term', () => {
    it('leaves the customer out', async () => {
      await activeAgreement(t.app, manager, 'AGREED-2027', 'C003', {
        periodStart: '2027-10-01',
      });

      expect(await customersOf('AGREED-2027')).toEqual(['C001']);
    });
  });

  describe('when the active agreement is terminated', () => {
    it('stops calculating for the customer', async () => {
      const [row] = await t.test.store.transaction((connection) =>
        connection.query<{ id: number }>(
          `select a.id::int as id from agreements a
             join customers c on c.id = a.customer_id
            where a.program_code = 'AGREED-2027' and c.code = 'C001'`,
        ),
      );
      await t.app.inject({
        method: 'POST',
        url: `/api/agreements/${row?.id ?? 0}/terminate`,
        headers: manager.headers,
        payload: { reason: '合同到期' },
      });

      expect(await customersOf('AGREED-2027')).toEqual([]);
    });
  });
});

// What a calculation over the store reads besides its sales lines: the
// programs in force, customers and products (with the kernel's index for
// each stored id) and the targets, as the engine's input shapes.
import type { Customer, Product, Program, Target } from '@tierline/engine';
import type { Connection } from '../db/database.js';
import { governingVersions } from '../programs/list-programs-in-force.js';
import type { ProgramVersionStatus } from '../db/program-schema.js';
import type { IdIndexes } from './sales-copy-reader.js';

export interface MasterData {
  customers: Customer[];
  products: Product[];
  ids: IdIndexes;
}

interface VersionRow {
  code: string;
  version: number;
  status: ProgramVersionStatus;
  effectiveFrom: string;
  definition: unknown;
}

/**
 * Every active program, by the approved version that governs the period
 * holding the as-of date.
 *
 * Known shortcoming: a program whose earlier periods an older approved
 * version governed is calculated under the current version for all of them,
 * so those periods' figures here can differ from the settled ones.
 */
export async function programsInForce(
  connection: Connection,
  asOf: string,
): Promise<Program[]> {
  const rows = await connection.query<VersionRow>(
    `select p.code, v.version, v.status,
            v.effective_from::text as "effectiveFrom", v.definition
       from programs p
       join program_versions v on v.program_id = p.id
      where p.status = 'active' and v.status = 'approved'
        and v.effective_from <= $1::date
      order by p.code, v.effective_from, v.version`,
    [asOf],
  );

  const byCode = new Map<string, VersionRow[]>();
  for (const row of rows) {
    byCode.set(row.code, [...(byCode.get(row.code) ?? []), row]);
  }

  return [...byCode.values()].flatMap((versions) => {
    const current = governingVersions(versions, asOf).at(-1);

    return current === undefined ? [] : [current.program];
  });
}

interface CustomerRow {
  id: number;
  code: string;
  name: string;
  groupName: string;
  region: string;
  tags: unknown;
  salesRep: string;
}

interface ProductRow {
  id: number;
  sku: string;
  name: string;
  category: string;
  brand: string;
  unit: string;
  listPrice: string | null;
  vatRatePct: string;
}

function tagsOf(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((tag): tag is string => typeof tag === 'string')
    : [];
}

/** `ids[id]` is the row's position in `rows`; −1 for ids not present. */
function indexById(rows: readonly { id: number }[]): Int32Array {
  const largest = rows.reduce((max, row) => Math.max(max, row.id), 0);
  const index = new Int32Array(largest + 1).fill(-1);
  rows.forEach((row, position) => {
    index[row.id] = position;
  });

  return index;
}

export async function masterData(connection: Connection): Promise<MasterData> {
  const customerRows = await connection.query<CustomerRow>(
    `select id, code, name, group_name as "groupName", region, tags,
            sales_rep as "salesRep"
       from customers order by id`,
  );
  const productRows = await connection.query<ProductRow>(
    `select id, sku, name, category, brand, unit,
            list_price::text as "listPrice", vat_rate_pct::text as "vatRatePct"
       from products order by id`,
  );

  return {
    customers: customerRows.map((row) => ({
      code: row.code,
      name: row.name,
      group: row.groupName,
      region: row.region,
      tags: tagsOf(row.tags),
      salesRep: row.salesRep,
    })),
    products: productRows.map((row) => ({
      sku: row.sku,
      name: row.name,
      category: row.category,
      brand: row.brand,
      unit: row.unit,
      listPrice: row.listPrice,
      vatRate: `${row.vatRatePct}%`,
    })),
    ids: {
      customer: indexById(customerRows),
      product: indexById(productRows),
    },
  };
}

interface TargetRow {
  program: string;
  customerCode: string;
  periodStart: string;
  target: string;
}

export function storedTargets(connection: Connection): Promise<Target[]> {
  return connection.query<TargetRow>(
    `select t.program_code as program, c.code as "customerCode",
            t.period_start::text as "periodStart", t.target::text as target
       from targets t join customers c on c.id = t.customer_id`,
  );
}

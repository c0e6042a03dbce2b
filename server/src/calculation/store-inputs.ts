// What a calculation over the store reads besides its sales lines: the
// programs in force (narrowed to their enrolled customers), customers and
// products (with the kernel's index for each stored id) and the targets, as
// the engine's input shapes.
import {
  matchesCustomer,
  type Customer,
  type Product,
  type Program,
  type Target,
} from '@tierline/engine';
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
 * holding the as-of date. An `enrollment: agreement` program comes with its
 * customer scope narrowed to the customers it enrolls (see enrolledIn), so
 * every calculation over the store honours enrollment by itself.
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

  const programs = [...byCode.values()].flatMap((versions) => {
    const current = governingVersions(versions, asOf).at(-1);

    return current === undefined ? [] : [current.program];
  });
  return applyEnrollment(connection, programs, asOf);
}

interface EnrolledRow extends Customer {
  programCode: string;
  periodStart: string;
  periodEnd: string;
}

/**
 * DESIGN §5: an `enrollment: agreement` program accrues only for customers
 * with an active agreement that match its scope.
 *
 * Known shortcoming: enrollment is decided per program, not per period, so
 * an active agreement covering part of the started term counts the customer
 * in every started period, and a terminated one in none.
 */
export async function applyEnrollment(
  connection: Connection,
  programs: readonly Program[],
  asOf: string,
): Promise<Program[]> {
  const byAgreement = programs.filter((p) => p.enrollment === 'agreement');
  if (byAgreement.length === 0) return [...programs];

  const rows = await connection.query<EnrolledRow>(
    `select a.program_code as "programCode",
            a.period_start::text as "periodStart",
            a.period_end::text as "periodEnd",
            c.code, c.name, c.group_name as "group", c.region, c.tags,
            c.sales_rep as "salesRep"
       from agreements a join customers c on c.id = a.customer_id
      where a.status = 'active' and a.program_code = any($1::text[])`,
    [[...new Set(byAgreement.map((program) => program.code))]],
  );

  return programs.map((program) =>
    program.enrollment === 'agreement'
      ? enrolledIn(
          program,
          rows.filter(
            (row) =>
              row.programCode === program.code &&
              coversStartedTerm(row, program, asOf),
          ),
        )
      : program,
  );
}

function coversStartedTerm(
  agreement: { periodStart: string; periodEnd: string },
  program: Program,
  asOf: string,
): boolean {
  const lastDay = asOf < program.period.end ? asOf : program.period.end;

  return (
    agreement.periodStart <= lastDay &&
    agreement.periodEnd >= program.period.start
  );
}

/**
 * The program with its customer scope narrowed to the given customers that
 * match it: their codes become the whole scope, so the engine, which knows
 * nothing of agreements, calculates for the enrolled customers only.
 */
export function enrolledIn(
  program: Program,
  customers: readonly Customer[],
): Program {
  const codes = customers
    .filter((customer) =>
      matchesCustomer(program.eligibility.customers, {
        ...customer,
        tags: tagsOf(customer.tags),
      }),
    )
    .map((customer) => customer.code);

  return {
    ...program,
    eligibility: {
      ...program.eligibility,
      customers: {
        include: {
          codes: [...new Set(codes)],
          groups: [],
          regions: [],
          tags: [],
        },
        exclude: null,
      },
    },
  };
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

/** Every product, and every customer or only those of `customerIds`. */
export async function masterData(
  connection: Connection,
  customerIds?: readonly number[],
): Promise<MasterData> {
  const customerRows = await connection.query<CustomerRow>(
    `select id, code, name, group_name as "groupName", region, tags,
            sales_rep as "salesRep"
       from customers
      where $1::int[] is null or id = any($1::int[])
      order by id`,
    [customerIds ?? null],
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

/**
 * Every target, as its agreement holds it (the one home of targets); only
 * those of `programCodes` when given.
 */
export function storedTargets(
  connection: Connection,
  programCodes?: readonly string[],
): Promise<Target[]> {
  return connection.query<TargetRow>(
    `select a.program_code as program, c.code as "customerCode",
            t.period_start::text as "periodStart", t.target::text as target
       from targets t
       join agreements a on a.id = t.agreement_id
       join customers c on c.id = a.customer_id
      where $1::text[] is null or a.program_code = any($1::text[])`,
    [programCodes ?? null],
  );
}

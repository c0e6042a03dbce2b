// The accrual refresh (DESIGN §5): takes the pending work, recalculates the
// program × customer × period rows it makes stale, stores their figures and
// books what changed, all in one transaction with the removal of the work
// done, so nothing is lost or booked twice. Per program one voucher books
// the accruals' differences, and one more the adjustments of closed periods.
import { Dec } from '@tierline/engine';
import { appendAudit, type AuditContext } from '../audit/append-audit.js';
import {
  masterData,
  storedTargets,
  type MasterData,
} from '../calculation/store-inputs.js';
import type { Connection, Store } from '../db/database.js';
import { bookVoucher, bookVouchers } from '../journal/book-voucher.js';
import { programAccounts } from '../journal/default-accounts.js';
import { affectedKeys, type PendingWork } from './affected-keys.js';
import { computeFigures, keyOf, type StaleKey } from './compute-figures.js';
import { amountLines } from './amount-lines.js';
import {
  programsToAccrue,
  type GovernedPeriod,
  type ProgramToAccrue,
} from './programs-to-accrue.js';
import { storedState, type StoredRow } from './stored-state.js';
import {
  accruedAmountOf,
  refreshAdjustmentAmounts,
  removeAccruals,
  upsertAccruals,
  type FreshRow,
} from './write-accruals.js';
import type { VoucherLine } from '../journal/book-voucher.js';

/** One refresh at a time: they read and book the same rows. */
const REFRESH_LOCK = 7_201_201;

export interface RefreshOptions {
  asOf: string;
  audit: AuditContext;
}

export interface RefreshVoucher {
  programCode: string;
  kind: 'accrual' | 'adjustment';
  voucherYear: number;
  voucherNo: number;
  total: string;
}

export interface RefreshReport {
  asOf: string;
  /** Pending work items done, and what caused them. */
  work: number;
  sources: string[];
  /** Rows recalculated (stored or removed), per program. */
  recalculated: Record<string, number>;
  removed: number;
  adjustments: number;
  vouchers: RefreshVoucher[];
}

/** Runs the pending work in a transaction of its own. */
export function refreshAccruals(
  store: Store,
  options: RefreshOptions,
): Promise<RefreshReport> {
  return store.transaction((connection) =>
    refreshInTransaction(connection, options),
  );
}

/** Runs the pending work inside the caller's transaction. */
export async function refreshInTransaction(
  connection: Connection,
  options: RefreshOptions,
): Promise<RefreshReport> {
  const { asOf } = options;
  await connection.query('select pg_advisory_xact_lock($1)', [REFRESH_LOCK]);
  const work = await pendingWork(connection);
  const report: RefreshReport = {
    asOf,
    work: work.length,
    sources: [...new Set(work.map((item) => item.source))],
    recalculated: {},
    removed: 0,
    adjustments: 0,
    vouchers: [],
  };
  if (work.length === 0) return report;

  const programs = await programsToAccrue(connection, asOf);
  // Work on given customers needs only theirs; a program's or everything's
  // needs every customer.
  const customerIds = work.every((item) => item.customerId !== null)
    ? [...new Set(work.map((item) => item.customerId ?? 0))]
    : undefined;
  const master = await masterData(connection, customerIds);
  const affected = affectedKeys(work, programs, masterLookup(master));
  if (affected.length > 0) {
    const targets = await storedTargets(
      connection,
      affected.map((item) => item.program.code),
    );
    const figures = await computeFigures(
      connection,
      affected,
      master,
      targets,
      asOf,
    );
    const stored = await storedState(connection, {
      everyCustomer: affected
        .filter((item) => item.everyCustomer.size > 0)
        .map((item) => item.program.code),
      pairs: affected.flatMap((item) =>
        [...item.byCustomer.keys()].map((customerId) => ({
          programCode: item.program.code,
          customerId,
        })),
      ),
    });

    const plans = affected.map(({ program }) =>
      planProgram(program, master, report, { figures, stored }),
    );
    await writePlans(connection, plans, master, report, options);
  }

  const lastId = work.at(-1)?.id ?? 0;
  await connection.query('delete from accrual_dirty where id <= $1', [lastId]);
  await appendAudit(connection, options.audit, {
    action: 'accruals.refresh',
    entity: 'accruals',
    entityId: null,
    after: report,
  });

  return report;
}

interface ProgramRefresh {
  figures: Awaited<ReturnType<typeof computeFigures>>;
  stored: Map<string, StoredRow>;
}

/** What one program's refresh writes: its rows, its voucher lines. */
interface ProgramPlan {
  program: ProgramToAccrue;
  fresh: FreshRow[];
  removed: StaleKey[];
  accrualLines: VoucherLine[];
  adjustments: Adjustment[];
}

function planProgram(
  program: ProgramToAccrue,
  master: MasterData,
  report: RefreshReport,
  { figures, stored }: ProgramRefresh,
): ProgramPlan {
  const periods = new Map(program.started.map((p) => [p.start, p]));
  const keys = staleKeysOf(program.code, figures, stored);

  const fresh: FreshRow[] = [];
  const removed: StaleKey[] = [];
  const accrualLines: VoucherLine[] = [];
  const adjustments: Adjustment[] = [];

  for (const key of keys) {
    const period = periods.get(key.periodStart);
    if (period === undefined) continue;
    const computed = figures.results.get(keyOf(key));
    const before = stored.get(keyOf(key));
    const customerCode = customerCodeOf(master, key.customerId);
    const booked = Dec.of(before?.booked ?? '0');

    if (period.closed) {
      const adjustment = closedDifference(key, computed?.result.rebate, before);
      if (adjustment !== null) adjustments.push(adjustment);
      if (computed) {
        fresh.push({
          ...computed,
          program: period.program,
          closed: true,
          accruedAmount: before?.settlement ?? computed.result.rebate,
        });
      }
      continue;
    }

    const accrued = computed
      ? accruedAmountOf(period.program, computed.result)
      : '0';
    if (computed) {
      fresh.push({
        ...computed,
        program: period.program,
        closed: false,
        accruedAmount: accrued,
      });
    } else if (before?.hasAccrual) {
      removed.push(key);
    }

    const difference = Dec.of(accrued).minus(booked);
    accrualLines.push(
      ...amountLines(difference, programAccounts(period.program), {
        customerId: key.customerId,
        programCode: key.programCode,
        periodStart: key.periodStart,
        memo: `${customerCode} ${key.periodStart}`,
      }),
    );
  }

  report.recalculated[program.code] = fresh.length + removed.length;
  report.removed += removed.length;

  return { program, fresh, removed, accrualLines, adjustments };
}

/**
 * Writes every program's rows at once, books the accrual vouchers in one
 * go (one per program, numbered in program order), then each program's
 * adjustments, and brings the adjustment amounts of the rows up to date.
 */
async function writePlans(
  connection: Connection,
  plans: readonly ProgramPlan[],
  master: MasterData,
  report: RefreshReport,
  options: RefreshOptions,
): Promise<void> {
  await upsertAccruals(
    connection,
    plans.flatMap((plan) => plan.fresh),
    options.asOf,
  );
  await removeAccruals(
    connection,
    plans.flatMap((plan) => plan.removed),
  );

  const booking = plans.filter((plan) => plan.accrualLines.length > 0);
  const booked = await bookVouchers(
    connection,
    booking.map(({ program, accrualLines }) => ({
      voucherDate: options.asOf,
      kind: 'accrual',
      programCode: program.code,
      memo: `预提返利 ${program.code} 截至 ${options.asOf}`,
      source: report.sources.join(','),
      bookedBy: options.audit.actor,
      lines: accrualLines,
    })),
  );
  booking.forEach(({ program }, index) => {
    const voucher = booked[index];
    if (voucher) {
      report.vouchers.push({
        programCode: program.code,
        kind: 'accrual',
        ...voucher,
      });
    }
  });

  for (const plan of plans) {
    await bookAdjustments(
      connection,
      plan.program,
      master,
      plan.adjustments,
      report,
      options,
    );
  }
  await refreshAdjustmentAmounts(
    connection,
    plans.flatMap((plan) => [
      ...plan.fresh.map((row) => row.key),
      ...plan.adjustments.map((adjustment) => adjustment.key),
    ]),
  );
}

/** Stale rows of the program: those with a fresh result or a stored one. */
function staleKeysOf(
  programCode: string,
  figures: ProgramRefresh['figures'],
  stored: Map<string, StoredRow>,
): StaleKey[] {
  const keys = new Map<string, StaleKey>();
  for (const { key } of figures.results.values()) {
    if (key.programCode === programCode) keys.set(keyOf(key), key);
  }
  for (const row of stored.values()) {
    if (row.key.programCode === programCode && figures.isStale(row.key)) {
      keys.set(keyOf(row.key), row.key);
    }
  }
  return [...keys.values()];
}

interface Adjustment {
  key: StaleKey;
  amount: Dec;
}

/**
 * What a closed period would earn now beyond its settlement and the
 * adjustments already booked for it; null when nothing changed.
 */
function closedDifference(
  key: StaleKey,
  rebateNow: string | undefined,
  before: StoredRow | undefined,
): Adjustment | null {
  const settled = Dec.of(before?.settlement ?? '0');
  const corrected = Dec.of(before?.corrected ?? '0');
  const amount = Dec.of(rebateNow ?? '0')
    .minus(settled)
    .minus(corrected);

  return amount.isZero() ? null : { key, amount };
}

async function bookAdjustments(
  connection: Connection,
  program: ProgramToAccrue,
  master: MasterData,
  adjustments: readonly Adjustment[],
  report: RefreshReport,
  options: RefreshOptions,
): Promise<void> {
  if (adjustments.length === 0) return;

  const applied = adjustments.map((adjustment) => ({
    ...adjustment,
    appliedIn: nextOpenPeriod(program, adjustment.key.periodStart),
  }));
  const lines = applied.flatMap(({ key, amount, appliedIn }) =>
    amountLines(amount, programAccounts(program.current), {
      customerId: key.customerId,
      programCode: key.programCode,
      periodStart: appliedIn ?? key.periodStart,
      memo: `${customerCodeOf(master, key.customerId)} 调整 ${key.periodStart}`,
    }),
  );
  const voucher = await bookVoucher(connection, {
    voucherDate: options.asOf,
    kind: 'adjustment',
    programCode: program.code,
    memo: `返利结算调整 ${program.code}（已结算期间的后续事实）`,
    source: report.sources.join(','),
    bookedBy: options.audit.actor,
    lines,
  });
  report.vouchers.push({
    programCode: program.code,
    kind: 'adjustment',
    ...voucher,
  });

  await connection.query(
    `insert into settlement_adjustments (program_code, customer_id,
       corrects_period_start, applied_period_start, amount, source,
       source_ref, voucher_id, created_by)
     select r.program_code, r.customer_id, r.corrects, r.applied, r.amount,
            'facts', $2, $3, $4
       from jsonb_to_recordset($1::jsonb) as r(program_code text,
              customer_id int, corrects date, applied date, amount numeric)`,
    [
      JSON.stringify(
        applied.map(({ key, amount, appliedIn }) => ({
          program_code: key.programCode,
          customer_id: key.customerId,
          corrects: key.periodStart,
          applied: appliedIn,
          amount: amount.round(2, 'half_up').toString(),
        })),
      ),
      report.sources.join(','),
      voucher.id,
      options.audit.actor,
    ],
  );
  report.adjustments += applied.length;
}

/** The first period after `periodStart` that is not closed, if any. */
function nextOpenPeriod(
  program: ProgramToAccrue,
  periodStart: string,
): string | null {
  const closed = new Set(
    program.started
      .filter((period: GovernedPeriod) => period.closed)
      .map((period) => period.start),
  );
  const next = program.term.find(
    (period) => period.start > periodStart && !closed.has(period.start),
  );
  return next?.start ?? null;
}

async function pendingWork(connection: Connection): Promise<PendingWork[]> {
  return connection.query<PendingWork>(
    `select id::int as id, kind, program_code as "programCode",
            customer_id as "customerId", product_id as "productId",
            month::text as month, paid_month::text as "paidMonth", source
       from accrual_dirty order by id`,
  );
}

function masterLookup(master: MasterData) {
  const at = <T>(rows: readonly T[], index: Int32Array, id: number) =>
    id >= 0 && id < index.length ? (rows[index[id] ?? -1] ?? null) : null;

  return {
    customer: (id: number) => at(master.customers, master.ids.customer, id),
    product: (id: number) => at(master.products, master.ids.product, id),
  };
}

function customerCodeOf(master: MasterData, customerId: number): string {
  return masterLookup(master).customer(customerId)?.code ?? String(customerId);
}

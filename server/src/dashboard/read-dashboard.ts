// The console's dashboard: a few aggregates over accruals, the monthly
// sales aggregate, programs and import batches, read in one snapshot and
// narrowed to the caller's data scope.
import type { DataScope } from '../auth/scope.js';
import type { Store } from '../db/database.js';
import type { ImportBatchSummary } from '../imports/import-types.js';
import { listImportBatches } from '../imports/list-import-batches.js';
import { closestToNextTier } from './closest-to-next-tier.js';
import type { Dashboard } from './dashboard-schemas.js';
import { monthWindow } from './month-window.js';
import { monthlyFigures } from './monthly-figures.js';
import { programFigures, totalsOf } from './program-figures.js';

const RECENT_IMPORTS = 5;

export interface DashboardRequest {
  asOf: string;
  scope: DataScope;
  /** Import batches span customers: only callers who may read them. */
  mayReadImports: boolean;
}

export async function readDashboard(
  store: Store,
  { asOf, scope, mayReadImports }: DashboardRequest,
): Promise<Dashboard> {
  const figures = await store.transaction(async (connection) => {
    await connection.query(
      'set transaction isolation level repeatable read, read only',
    );
    const programs = await programFigures(connection, scope, asOf);
    const monthly = await monthlyFigures(
      connection,
      scope,
      asOf,
      monthWindow(asOf),
    );
    const closest = await closestToNextTier(connection, scope, asOf);

    return { programs, monthly, closest };
  });
  const recentImports: ImportBatchSummary[] = mayReadImports
    ? (await listImportBatches(store, { limit: RECENT_IMPORTS })).items
    : [];

  return {
    asOf,
    currency: 'CNY',
    totals: totalsOf(figures.programs),
    programs: figures.programs,
    monthly: figures.monthly,
    closestToNextTier: figures.closest,
    recentImports,
  };
}

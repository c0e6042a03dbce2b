// The API's shapes as the console reads them (see /openapi.json). Amounts
// are decimal strings throughout.

export const roles = [
  'admin',
  'program_manager',
  'approver',
  'sales_rep',
  'customer',
  'auditor',
] as const;
export type Role = (typeof roles)[number];

export interface Principal {
  kind: 'user' | 'token';
  id: number;
  name: string;
  role: Role;
  userCode: string | null;
  customerId: number | null;
}

export interface Session {
  principal: Principal;
  csrfToken: string | null;
  expiresAt: string | null;
}

export interface Page<Item> {
  items: Item[];
  total: number;
  limit: number;
  offset: number;
}

export interface ErrorDetail {
  path?: string;
  row?: number;
  column?: string | null;
  code?: string;
  message: string;
  value?: string;
}

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    details: ErrorDetail[];
    requestId: string;
    report?: ImportReport;
  };
}

export interface Customer {
  code: string;
  name: string;
  group: string;
  region: string;
  tags: string[];
  salesRep: string;
  contact: string;
  status: 'active' | 'inactive';
  createdAt: string;
  updatedAt: string;
}

export interface Product {
  sku: string;
  name: string;
  category: string;
  brand: string;
  unit: string;
  listPrice: string | null;
  vatRatePct: string;
  createdAt: string;
  updatedAt: string;
}

export const programStatuses = [
  'draft',
  'submitted',
  'approved',
  'active',
  'closed',
] as const;
export type ProgramStatus = (typeof programStatuses)[number];

export type ProgramVersionStatus =
  'draft' | 'submitted' | 'approved' | 'rejected' | 'superseded';

export interface ProgramSummary {
  code: string;
  name: string;
  status: ProgramStatus;
  versionInForce: number | null;
  latestVersion: number;
  updatedAt: string;
}

export interface ProgramVersion {
  version: number;
  status: ProgramVersionStatus;
  effectiveFrom: string;
  author: string;
  submittedBy: string | null;
  submittedAt: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  rejectedBy: string | null;
  rejectedAt: string | null;
  rejectionReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ProgramDetail {
  view: 'full';
  code: string;
  name: string;
  status: ProgramStatus;
  versionInForce: number | null;
  createdBy: string;
  createdAt: string;
  activatedBy: string | null;
  activatedAt: string | null;
  closedBy: string | null;
  closedAt: string | null;
  updatedAt: string;
  versions: ProgramVersion[];
}

export interface TermsTier {
  from: string;
  ratePct: string | null;
  perUnit: string | null;
  amount: string | null;
}

export interface ProductSelection {
  skus: string[];
  categories: string[];
  brands: string[];
}

export interface CustomerTerms {
  currency: string;
  period: {
    start: string;
    end: string;
    settle: 'month' | 'quarter' | 'half_year' | 'year' | 'whole';
    accumulate: 'period' | 'cumulative';
  };
  products: {
    include: ProductSelection | null;
    exclude: ProductSelection | null;
  };
  measure: string;
  base: string;
  method: 'retroactive' | 'incremental';
  tiers: TermsTier[];
  conditions: {
    paidWithinDays: number | null;
    minCategories: number | null;
    minGrowthPct: string | null;
  };
  cap: { perPeriod: string | null; total: string | null };
  rounding: { scale: number; mode: 'half_up' | 'half_even' };
  payout: {
    form: 'credit_note' | 'cash' | 'goods' | 'account_credit';
    balance: {
      validDays: number | null;
      minOrderAmount: string | null;
      maxOrderSharePct: string | null;
    } | null;
  } | null;
}

export interface ProgramTermsView {
  view: 'terms';
  code: string;
  name: string;
  status: ProgramStatus;
  version: number;
  effectiveFrom: string;
  terms: CustomerTerms;
}

export type ProgramView = ProgramDetail | ProgramTermsView;

export interface ProgramVersionDetail extends ProgramVersion {
  code: string;
  definition: Record<string, unknown>;
}

export const importKinds = [
  'customers',
  'products',
  'sales',
  'targets',
] as const;
export type ImportKind = (typeof importKinds)[number];

export interface BadRow {
  row: number;
  column: string | null;
  code: string;
  message: string;
  value?: string;
}

export interface ImportRowCounts {
  total: number;
  new: number;
  updated: number;
  duplicate: number;
  bad: number;
}

export interface ImportReport {
  batchId: number | null;
  kind: ImportKind;
  fileName: string;
  sha256: string;
  status: 'committed' | 'rejected';
  rows: ImportRowCounts;
  badRows: BadRow[];
}

export interface ImportBatch {
  id: number;
  kind: ImportKind;
  fileName: string;
  sha256: string;
  actor: string;
  status: 'committed' | 'rejected';
  rows: ImportRowCounts;
  startedAt: string;
  finishedAt: string;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
  requestId: string | null;
  ip: string | null;
  prevHash: string;
  hash: string;
}

export interface AuditPage {
  entries: AuditEntry[];
  head: { seq: number; hash: string };
}

/** GET /api/dashboard: the caller's scope as of a business date. */
export interface DashboardProgram {
  code: string;
  name: string;
  status: ProgramStatus;
  budget: string | null;
  accrued: string;
  projected: string;
  budgetUsedPct: string | null;
}

export interface DashboardMonth {
  /** YYYY-MM */
  month: string;
  netSales: string;
  rebateCost: string;
  sharePct: string | null;
}

export interface NearNextTier {
  programCode: string;
  programName: string;
  customerCode: string;
  customerName: string;
  periodStart: string;
  periodEnd: string;
  measureKind: string;
  measure: string;
  tier: number;
  nextTier: number;
  from: string;
  gap: string;
  gapAmount: string | null;
  extraRebate: string;
}

export interface Dashboard {
  asOf: string;
  currency: string;
  totals: { accrued: string; projected: string; budget: string | null };
  programs: DashboardProgram[];
  monthly: DashboardMonth[];
  closestToNextTier: NearNextTier[];
  recentImports: ImportBatch[];
}

/** GET /api/customers/:code/progress: one row per program and period. */
export interface NextTierView {
  tier: number;
  from: string;
  gap: string;
  gapAmount: string | null;
  rebate: string;
}

export interface ProgressItem {
  programCode: string;
  programName: string;
  periodStart: string;
  periodEnd: string;
  open: boolean;
  closed: boolean;
  /** The program's measure, e.g. net_amount or target_pct. */
  measureKind: string;
  measure: string | null;
  tier: number;
  tierCount: number;
  rebate: string;
  forecastRebate: string | null;
  next: NextTierView | null;
  progressPct: string | null;
}

export interface CustomerProgress {
  customerCode: string;
  /** Not sent yet: the server's amounts are CNY until it says otherwise. */
  currency?: string;
  items: ProgressItem[];
}

/** GET /api/customers/:code/monthly-sales?year=YYYY */
export interface MonthlySales {
  customerCode: string;
  currency?: string;
  year: number;
  months: { month: number; netSales: string; lastYear: string }[];
}

/** POST /api/programs/:code/versions/:version/simulate */
export interface Simulation {
  programCode: string;
  version: number;
  currency?: string;
  periodStart: string;
  periodEnd: string;
  /** The period end, or the asOf asked for when earlier. */
  calculatedAsOf: string;
  customers: number;
  total: string;
  byTier: { tier: number; customers: number; rebate: string }[];
  rows: {
    customerCode: string;
    customerName: string;
    measure: string | null;
    tier: number;
    rebate: string;
  }[];
}

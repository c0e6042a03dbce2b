// The words of a statement in both languages, zh-CN first. Finance clerks
// read these against their own books, so the terms are the glossary's
// (DESIGN §2).
import type {
  BaseKind,
  ConditionName,
  MeasureKind,
  ReasonCode,
  RoundingMode,
  Settle,
  TierMethod,
} from '@tierline/engine';
import type { Locale } from '../http/locale.js';

export interface StatementText {
  /** Punctuation differs: 「；」「：」「（）」 against "; ", ": ", " ()". */
  listSeparator: string;
  colon: string;
  aside(main: string, note: string): string;
  decimals(scale: number): string;
  title: string;
  previewBanner: string;
  statementNo: string;
  issuedAt: string;
  issuedBy: string;
  asOf: string;
  customer: string;
  program: string;
  version: string;
  period: string;
  term: string;
  currency: string;
  measure: string;
  base: string;
  method: string;
  settle: string;
  rounding: string;
  capPerPeriod: string;
  capTotal: string;
  conditions: string;
  none: string;
  termsHeading: string;
  figuresHeading: string;
  tiersHeading: string;
  categoriesHeading: string;
  explanationHeading: string;
  adjustmentsHeading: string;
  auditHeading: string;
  netAmount: string;
  baseline: string;
  growthPct: string;
  target: string;
  targetPct: string;
  tierReached: string;
  noTier: string;
  exact: string;
  rebate: string;
  adjustmentsApplied: string;
  owed: string;
  reasons: string;
  tier: string;
  from: string;
  to: string;
  rate: string;
  perUnit: string;
  lumpSum: string;
  standing: string;
  reached: string;
  nextTier: string;
  gap: string;
  gapAmount: string;
  nextRebate: string;
  atTop: string;
  category: string;
  lines: string;
  quantity: string;
  total: string;
  noLines: string;
  corrects: string;
  appliedIn: string;
  amount: string;
  source: string;
  ownPeriod: string;
  laterAdjustments: string;
  auditSeq: string;
  auditHash: string;
  auditNote: string;
  footer: string;
  measures: Record<MeasureKind, string>;
  bases: Record<BaseKind, string>;
  methods: Record<TierMethod, string>;
  settles: Record<Settle, string>;
  roundingModes: Record<RoundingMode, string>;
  reasonNames: Record<ReasonCode, string>;
  conditionNames: Record<ConditionName, string>;
  adjustmentSources: Record<'facts' | 'dispute' | 'program', string>;
}

const zhCN: StatementText = {
  listSeparator: '；',
  colon: '：',
  aside: (main, note) => `${main}（${note}）`,
  decimals: (scale) => `保留 ${String(scale)} 位小数`,
  title: '返利对账单',
  previewBanner: '预览 — 期间尚未结算，数字仍会变动，不可确认',
  statementNo: '对账单号',
  issuedAt: '出具时间',
  issuedBy: '出具人',
  asOf: '数据截至',
  customer: '客户',
  program: '返利政策',
  version: '版本',
  period: '结算周期',
  term: '政策期间',
  currency: '币种',
  measure: '考核指标',
  base: '计算基数',
  method: '计算方式',
  settle: '结算频率',
  rounding: '舍入',
  capPerPeriod: '每期上限',
  capTotal: '总上限',
  conditions: '附加条件',
  none: '无',
  termsHeading: '政策条款',
  figuresHeading: '本期数据',
  tiersHeading: '阶梯与达成情况',
  categoriesHeading: '按品类汇总的计入明细',
  explanationHeading: '计算过程',
  adjustmentsHeading: '调整',
  auditHeading: '审计链位置',
  netAmount: '不含税净销售额',
  baseline: '去年同期净销售额',
  growthPct: '同比增长率',
  target: '销售目标',
  targetPct: '目标达成率',
  tierReached: '达成阶梯',
  noTier: '未达成',
  exact: '应得返利（未舍入）',
  rebate: '本期返利',
  adjustmentsApplied: '计入本期的以前期间调整',
  owed: '本期应付返利',
  reasons: '说明',
  tier: '阶梯',
  from: '起点',
  to: '止点',
  rate: '返利比例',
  perUnit: '每单位返利',
  lumpSum: '一次性奖励',
  standing: '达成情况',
  reached: '已达成',
  nextTier: '下一阶梯',
  gap: '差额',
  gapAmount: '还需净销售额',
  nextRebate: '达到后本期返利',
  atTop: '已达最高阶梯',
  category: '品类',
  lines: '计入行数',
  quantity: '数量',
  total: '合计',
  noLines: '本期没有计入的销售明细',
  corrects: '更正期间',
  appliedIn: '计入期间',
  amount: '金额',
  source: '来源',
  ownPeriod: '单独支付',
  laterAdjustments: '本期结算后登记的更正（计入后续期间，见相应对账单）',
  auditSeq: '序号',
  auditHash: '哈希',
  auditNote: '出具时审计链的最后一条记录；可用 tierline audit verify 核对。',
  footer: '如对本对账单有异议，请在客户门户中提出并说明原因。',
  measures: {
    net_amount: '不含税净销售额',
    quantity: '销售数量',
    gross_margin: '毛利',
    collected_amount: '回款金额',
    growth_pct: '同比增长率',
    target_pct: '目标达成率',
  },
  bases: {
    net_amount: '不含税净销售额',
    quantity: '销售数量',
    gross_margin: '毛利',
    collected_amount: '回款金额',
    growth_amount: '增长额',
    target_excess: '超目标部分',
  },
  methods: {
    retroactive: '全额累进（达到阶梯后按该档比例计算全部基数）',
    incremental: '超额累进（各段按各自比例分段计算）',
  },
  settles: {
    month: '按月',
    quarter: '按季度',
    half_year: '按半年',
    year: '按年',
    whole: '整个政策期间',
  },
  roundingModes: {
    half_up: '四舍五入',
    half_even: '银行家舍入（四舍六入五成双）',
  },
  reasonNames: {
    below_first_tier: '未达到第一档起点',
    non_positive_measure: '考核指标不大于零',
    no_baseline: '去年同期无销售，无法计算增长',
    no_target: '缺少销售目标',
    missing_cost: '部分明细缺少成本，无法计算毛利',
    mixed_units: '产品计量单位不一致',
    min_categories: '有销售的品类数不足',
    min_growth_pct: '同比增长未达要求',
    negative_base: '计算结果为负，按零计',
    cap_per_period: '已按每期上限封顶',
    cap_total: '已按总上限封顶',
  },
  conditionNames: {
    paid_within_days: '开票后按期回款（天）',
    min_categories: '至少有销售的品类数',
    min_growth_pct: '最低同比增长率（%）',
    baseline: '去年同期有销售',
    target: '有销售目标',
    cost: '明细均有成本',
    units: '计量单位一致',
  },
  adjustmentSources: {
    facts: '结算后的销售变动',
    dispute: '异议处理',
    program: '政策变更',
  },
};

const enUS: StatementText = {
  listSeparator: '; ',
  colon: ': ',
  aside: (main, note) => `${main} (${note})`,
  decimals: (scale) => `${String(scale)} decimals`,
  title: 'Rebate statement',
  previewBanner:
    'PREVIEW — the period is not settled; figures may still change and ' +
    'cannot be confirmed',
  statementNo: 'Statement no.',
  issuedAt: 'Issued at',
  issuedBy: 'Issued by',
  asOf: 'Facts up to',
  customer: 'Customer',
  program: 'Program',
  version: 'Version',
  period: 'Settlement period',
  term: 'Program term',
  currency: 'Currency',
  measure: 'Measure',
  base: 'Base',
  method: 'Method',
  settle: 'Settled',
  rounding: 'Rounding',
  capPerPeriod: 'Cap per period',
  capTotal: 'Cap over the term',
  conditions: 'Conditions',
  none: 'none',
  termsHeading: 'Terms',
  figuresHeading: 'Figures for the period',
  tiersHeading: 'Tiers and where you stand',
  categoriesHeading: 'Counted lines by category',
  explanationHeading: 'How the rebate was calculated',
  adjustmentsHeading: 'Adjustments',
  auditHeading: 'Audit trail position',
  netAmount: 'Net sales (excl. VAT)',
  baseline: 'Net sales, same period last year',
  growthPct: 'Growth',
  target: 'Sales target',
  targetPct: 'Target achieved',
  tierReached: 'Tier reached',
  noTier: 'none',
  exact: 'Entitlement (unrounded)',
  rebate: 'Rebate for the period',
  adjustmentsApplied: 'Adjustments of earlier periods owed in this one',
  owed: 'Amount owed for the period',
  reasons: 'Notes',
  tier: 'Tier',
  from: 'From',
  to: 'To',
  rate: 'Rate',
  perUnit: 'Per unit',
  lumpSum: 'Lump sum',
  standing: 'Standing',
  reached: 'reached',
  nextTier: 'Next tier',
  gap: 'Gap',
  gapAmount: 'Net sales still needed',
  nextRebate: 'Rebate for the period at that tier',
  atTop: 'top tier reached',
  category: 'Category',
  lines: 'Lines counted',
  quantity: 'Quantity',
  total: 'Total',
  noLines: 'No sales lines counted in the period',
  corrects: 'Corrects period',
  appliedIn: 'Owed in period',
  amount: 'Amount',
  source: 'Source',
  ownPeriod: 'paid on its own',
  laterAdjustments:
    'Corrections of this period booked after its settlement (owed in later ' +
    'periods, see their statements)',
  auditSeq: 'Seq',
  auditHash: 'Hash',
  auditNote:
    'The last audit entry when the statement was issued; check it with ' +
    'tierline audit verify.',
  footer:
    'If you disagree with this statement, dispute it in the customer ' +
    'portal and say why.',
  measures: {
    net_amount: 'net sales (excl. VAT)',
    quantity: 'quantity sold',
    gross_margin: 'gross margin',
    collected_amount: 'amount collected',
    growth_pct: 'growth over last year',
    target_pct: 'target achievement',
  },
  bases: {
    net_amount: 'net sales (excl. VAT)',
    quantity: 'quantity sold',
    gross_margin: 'gross margin',
    collected_amount: 'amount collected',
    growth_amount: 'growth amount',
    target_excess: 'sales above target',
  },
  methods: {
    retroactive:
      'retroactive (the reached tier’s rate applies to the whole base)',
    incremental: 'incremental (each band earns its own rate)',
  },
  settles: {
    month: 'monthly',
    quarter: 'quarterly',
    half_year: 'half-yearly',
    year: 'yearly',
    whole: 'once, over the whole term',
  },
  roundingModes: { half_up: 'half up', half_even: 'half even' },
  reasonNames: {
    below_first_tier: 'below the first tier',
    non_positive_measure: 'the measure is not above zero',
    no_baseline: 'no sales in the same period last year',
    no_target: 'no sales target',
    missing_cost: 'some lines have no cost',
    mixed_units: 'products of more than one unit',
    min_categories: 'too few categories with sales',
    min_growth_pct: 'growth below the minimum',
    negative_base: 'a negative result counts as zero',
    cap_per_period: 'capped per period',
    cap_total: 'capped over the term',
  },
  conditionNames: {
    paid_within_days: 'paid within days of the invoice',
    min_categories: 'categories with sales, at least',
    min_growth_pct: 'growth over last year, at least (%)',
    baseline: 'sales in the same period last year',
    target: 'a sales target',
    cost: 'a cost on every line',
    units: 'one unit of measure',
  },
  adjustmentSources: {
    facts: 'sales changed after settlement',
    dispute: 'dispute resolved',
    program: 'program change',
  },
};

export const statementText: Record<Locale, StatementText> = {
  'zh-CN': zhCN,
  'en-US': enUS,
};

// A statement laid out once, in one language, as headed blocks of fields,
// tables and steps. The HTML view and the PDF both draw this layout, so
// neither can show a figure the other leaves out.
import type { Locale } from '../http/locale.js';
import { explainCalculation } from './explain-calculation.js';
import type {
  StatementAdjustment,
  StatementDocument,
} from './statement-document.js';
import {
  formatFigure,
  formatSigned,
  groupDigits,
  unitOfMeasure,
  type FigureUnit,
} from './statement-format.js';
import { statementText, type StatementText } from './statement-text.js';

export type Field = [label: string, value: string];

export interface TableColumn {
  label: string;
  align: 'left' | 'right';
}

export interface TableRow {
  cells: string[];
  /** The row the customer stands on (the reached tier, the total). */
  emphasis: boolean;
}

export type ViewBlock =
  | { kind: 'fields'; fields: Field[] }
  | { kind: 'table'; columns: TableColumn[]; rows: TableRow[] }
  | { kind: 'steps'; steps: string[] }
  | { kind: 'note'; text: string };

export interface ViewSection {
  heading: string;
  blocks: ViewBlock[];
}

export interface StatementView {
  locale: Locale;
  title: string;
  /** The preview warning, or null for an issued statement of a closed period. */
  banner: string | null;
  header: Field[];
  sections: ViewSection[];
  footer: string;
}

export function statementView(
  document: StatementDocument,
  locale: Locale,
): StatementView {
  const text = statementText[locale];

  return {
    locale,
    title: text.title,
    banner: document.preview ? text.previewBanner : null,
    header: headerFields(document, text),
    sections: [
      { heading: text.termsHeading, blocks: [termsBlock(document, text)] },
      { heading: text.figuresHeading, blocks: [figuresBlock(document, text)] },
      { heading: text.tiersHeading, blocks: tierBlocks(document, text) },
      {
        heading: text.categoriesHeading,
        blocks: [categoriesBlock(document, text)],
      },
      {
        heading: text.explanationHeading,
        blocks: [
          { kind: 'steps', steps: explainCalculation(document, locale) },
        ],
      },
      ...adjustmentSections(document, text),
      {
        heading: text.auditHeading,
        blocks: [
          {
            kind: 'fields',
            fields: [
              [text.auditSeq, String(document.auditHead.seq)],
              [text.auditHash, document.auditHead.hash],
            ],
          },
          { kind: 'note', text: text.auditNote },
        ],
      },
    ],
    footer: text.footer,
  };
}

function headerFields(
  document: StatementDocument,
  text: StatementText,
): Field[] {
  const { customer, program, period } = document;

  return [
    [text.statementNo, document.statementNo],
    [text.customer, text.aside(customer.name, customer.code)],
    [text.program, text.aside(program.name, program.code)],
    [text.period, `${period.start} — ${period.end}`],
    [text.issuedAt, businessTime(document.issuedAt)],
    [text.issuedBy, document.issuedBy],
    [text.asOf, document.asOf],
  ];
}

const BUSINESS_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  dateStyle: 'short',
  timeStyle: 'short',
});

/** An instant as the business reads it: "2027-04-06 17:30 (UTC+8)". */
function businessTime(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;

  return `${BUSINESS_TIME.format(date)} (UTC+8)`;
}

function termsBlock(document: StatementDocument, text: StatementText) {
  const { terms, version } = document.program;
  // The row names its measure and base by type; the terms as strings.
  const { explanation } = document.result;
  const conditions = conditionTerms(document, text);
  const cap = (value: string | null) =>
    value === null ? text.none : groupDigits(value);

  const fields: Field[] = [
    [text.version, String(version)],
    [text.term, `${terms.period.start} — ${terms.period.end}`],
    [text.settle, text.settles[terms.period.settle]],
    [text.currency, terms.currency],
    [text.measure, text.measures[explanation.measureKind]],
    [text.base, text.bases[explanation.baseKind]],
    [text.method, text.methods[terms.method]],
    [
      text.conditions,
      conditions.length > 0 ? conditions.join(text.listSeparator) : text.none,
    ],
    [text.capPerPeriod, cap(terms.cap.perPeriod)],
    [text.capTotal, cap(terms.cap.total)],
    [
      text.rounding,
      text.aside(
        text.roundingModes[terms.rounding.mode],
        text.decimals(terms.rounding.scale),
      ),
    ],
  ];

  return { kind: 'fields' as const, fields };
}

function conditionTerms(
  document: StatementDocument,
  text: StatementText,
): string[] {
  const { conditions } = document.program.terms;
  const names = text.conditionNames;
  const listed: string[] = [];

  if (conditions.paidWithinDays !== null) {
    listed.push(
      `${names.paid_within_days} ${String(conditions.paidWithinDays)}`,
    );
  }
  if (conditions.minCategories !== null) {
    listed.push(`${names.min_categories} ${String(conditions.minCategories)}`);
  }
  if (conditions.minGrowthPct !== null) {
    listed.push(`${names.min_growth_pct} ${conditions.minGrowthPct}`);
  }

  return listed;
}

function figuresBlock(document: StatementDocument, text: StatementText) {
  const { result, amounts } = document;
  const unit = unitOfMeasure(result.explanation.measureKind);
  const baseUnit: FigureUnit =
    result.explanation.baseKind === 'quantity' ? 'quantity' : 'money';
  const fields: Field[] = [
    [
      text.measure,
      `${text.measures[result.explanation.measureKind]}${text.colon}` +
        formatFigure(result.measure, unit),
    ],
    [
      text.base,
      `${text.bases[result.explanation.baseKind]}${text.colon}` +
        formatFigure(result.base, baseUnit),
    ],
    [text.netAmount, groupDigits(result.netAmount)],
  ];

  if (result.baseline !== null) {
    fields.push([text.baseline, groupDigits(result.baseline)]);
  }
  if (result.growthPct !== null) {
    fields.push([text.growthPct, formatFigure(result.growthPct, 'percent')]);
  }
  if (result.target !== null) {
    fields.push([text.target, groupDigits(result.target)]);
  }
  if (result.targetPct !== null) {
    fields.push([text.targetPct, formatFigure(result.targetPct, 'percent')]);
  }

  fields.push(
    [text.tierReached, result.tier > 0 ? String(result.tier) : text.noTier],
    [text.exact, groupDigits(result.exact)],
    [text.rebate, groupDigits(amounts.rebate)],
    [text.adjustmentsApplied, formatSigned(amounts.adjustments)],
    [text.owed, groupDigits(amounts.owed)],
  );
  if (result.reasons.length > 0) {
    fields.push([
      text.reasons,
      result.reasons
        .map((reason) => text.reasonNames[reason])
        .join(text.listSeparator),
    ]);
  }

  return { kind: 'fields' as const, fields };
}

function tierBlocks(
  document: StatementDocument,
  text: StatementText,
): ViewBlock[] {
  const { result } = document;
  const { tiers } = document.program.terms;
  const unit = unitOfMeasure(result.explanation.measureKind);
  const { next } = result;

  const rows = tiers.map((tier, index): TableRow => {
    const number = index + 1;
    const following = tiers[index + 1];
    let standing = '';
    if (number <= result.tier) standing = text.reached;
    if (next !== null && number === next.tier) {
      standing = `${text.nextTier}${text.colon}${text.gap} ${formatFigure(next.gap, unit)}`;
    }

    return {
      cells: [
        String(number),
        formatFigure(tier.from, unit),
        following === undefined ? '—' : formatFigure(following.from, unit),
        tier.ratePct === null ? '—' : `${tier.ratePct}%`,
        tier.perUnit === null ? '—' : groupDigits(tier.perUnit),
        tier.amount === null ? '—' : groupDigits(tier.amount),
        standing,
      ],
      emphasis: number === result.tier,
    };
  });

  const blocks: ViewBlock[] = [
    {
      kind: 'table',
      columns: [
        { label: text.tier, align: 'left' },
        { label: text.from, align: 'right' },
        { label: text.to, align: 'right' },
        { label: text.rate, align: 'right' },
        { label: text.perUnit, align: 'right' },
        { label: text.lumpSum, align: 'right' },
        { label: text.standing, align: 'left' },
      ],
      rows,
    },
  ];

  if (next !== null) {
    const fields: Field[] = [
      [
        text.nextTier,
        text.aside(String(next.tier), formatFigure(next.from, unit)),
      ],
      [text.gap, formatFigure(next.gap, unit)],
    ];
    if (next.gapAmount !== null) {
      fields.push([text.gapAmount, groupDigits(next.gapAmount)]);
    }
    fields.push([text.nextRebate, groupDigits(next.rebate)]);
    blocks.push({ kind: 'fields', fields });
  } else if (result.tier > 0 && result.tier === tiers.length) {
    blocks.push({ kind: 'note', text: text.atTop });
  }

  return blocks;
}

function categoriesBlock(
  document: StatementDocument,
  text: StatementText,
): ViewBlock {
  const { categories } = document;
  if (categories.length === 0) return { kind: 'note', text: text.noLines };

  const lines = categories.reduce((sum, line) => sum + line.lines, 0);
  const rows: TableRow[] = categories.map((line) => ({
    cells: [
      line.category === '' ? '—' : line.category,
      groupDigits(line.netAmount),
      groupDigits(line.quantity),
      String(line.lines),
    ],
    emphasis: false,
  }));
  rows.push({
    cells: [
      text.total,
      groupDigits(document.result.netAmount),
      '',
      String(lines),
    ],
    emphasis: true,
  });

  return {
    kind: 'table',
    columns: [
      { label: text.category, align: 'left' },
      { label: text.netAmount, align: 'right' },
      { label: text.quantity, align: 'right' },
      { label: text.lines, align: 'right' },
    ],
    rows,
  };
}

function adjustmentSections(
  document: StatementDocument,
  text: StatementText,
): ViewSection[] {
  const { adjustmentsApplied, adjustmentsLater } = document;
  if (adjustmentsApplied.length === 0 && adjustmentsLater.length === 0) {
    return [];
  }

  const blocks: ViewBlock[] = [];
  if (adjustmentsApplied.length > 0) {
    blocks.push(
      { kind: 'note', text: text.adjustmentsApplied },
      adjustmentTable(adjustmentsApplied, text),
    );
  }
  if (adjustmentsLater.length > 0) {
    blocks.push(
      { kind: 'note', text: text.laterAdjustments },
      adjustmentTable(adjustmentsLater, text),
    );
  }

  return [{ heading: text.adjustmentsHeading, blocks }];
}

function adjustmentTable(
  adjustments: StatementAdjustment[],
  text: StatementText,
): ViewBlock {
  return {
    kind: 'table',
    columns: [
      { label: text.corrects, align: 'left' },
      { label: text.appliedIn, align: 'left' },
      { label: text.source, align: 'left' },
      { label: text.amount, align: 'right' },
    ],
    rows: adjustments.map((adjustment) => ({
      cells: [
        adjustment.correctsPeriodStart,
        adjustment.appliedPeriodStart ?? text.ownPeriod,
        text.adjustmentSources[adjustment.source],
        formatSigned(adjustment.amount),
      ],
      emphasis: false,
    })),
  };
}

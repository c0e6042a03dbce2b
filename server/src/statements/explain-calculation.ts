// The calculation of one statement told step by step (DESIGN §4.3 rules
// 2–11), from the engine's explanation, in words a finance clerk can redo on
// paper: the window, the measure, each condition, the tier, every band part
// or rate, lump sums, the sum, rounding, caps, and what is owed.
import type { ConditionCheck, EntitlementPart } from '@tierline/engine';
import type { Locale } from '../http/locale.js';
import { explainPhrases, type ExplainPhrases } from './explain-phrases.js';
import type { StatementDocument } from './statement-document.js';
import {
  formatFigure,
  formatSigned,
  groupDigits,
  unitOfMeasure,
} from './statement-format.js';
import { statementText, type StatementText } from './statement-text.js';

export function explainCalculation(
  document: StatementDocument,
  locale: Locale,
): string[] {
  const say = explainPhrases[locale];
  const text = statementText[locale];
  const { result } = document;
  const { explanation } = result;
  const steps: string[] = [];

  steps.push(
    say.window(
      explanation.window.start,
      explanation.window.end,
      explanation.countedLines,
    ),
  );
  if (explanation.baselineWindow !== null && result.baseline !== null) {
    steps.push(
      say.baseline(
        explanation.baselineWindow.start,
        explanation.baselineWindow.end,
        groupDigits(result.baseline),
      ),
    );
  }
  steps.push(...measureSteps(document, say, text));

  for (const check of explanation.conditions) {
    const step = conditionStep(check, say, text, locale);
    if (step !== null) steps.push(step);
  }

  steps.push(tierStep(document, say, text, locale));

  // Bands above the reached tier hold nothing; listing them adds only noise.
  const parts = explanation.parts.filter(
    (part) => part.kind !== 'rate' || part.tier <= Math.max(result.tier, 1),
  );
  steps.push(...parts.map((part) => partStep(part, document, say, text)));
  if (parts.length > 0) {
    const terms = parts.map((part) => groupDigits(part.amount));
    steps.push(say.sum(terms, groupDigits(result.exact)));

    const { rounding } = explanation;
    steps.push(
      say.rounding(
        text.roundingModes[rounding.mode],
        rounding.scale,
        groupDigits(rounding.rounded),
      ),
    );
    if (result.reasons.includes('negative_base')) steps.push(say.negative());
  }

  for (const cap of explanation.caps) {
    steps.push(
      say.cap(
        cap.cap,
        groupDigits(cap.limit),
        groupDigits(cap.room),
        groupDigits(cap.before),
        groupDigits(cap.after),
        cap.applied,
      ),
    );
  }
  if (explanation.cumulative !== null) {
    steps.push(
      say.cumulative(
        groupDigits(explanation.cumulative.entitlement),
        groupDigits(explanation.cumulative.earlierRebates),
        groupDigits(result.rebate),
      ),
    );
  }

  steps.push(say.rebate(groupDigits(document.amounts.rebate)));
  if (document.adjustmentsApplied.length > 0) {
    steps.push(
      say.owed(
        groupDigits(document.amounts.rebate),
        formatSigned(document.amounts.adjustments),
        groupDigits(document.amounts.owed),
      ),
    );
  }

  return steps;
}

function measureSteps(
  document: StatementDocument,
  say: ExplainPhrases,
  text: StatementText,
): string[] {
  const { result } = document;
  const kind = result.explanation.measureKind;
  const net = groupDigits(result.netAmount);

  if (kind === 'growth_pct' && result.baseline !== null) {
    return result.growthPct === null
      ? []
      : [say.growth(net, groupDigits(result.baseline), result.growthPct)];
  }
  if (kind === 'target_pct' && result.target !== null) {
    return result.targetPct === null
      ? []
      : [say.targetPct(net, groupDigits(result.target), result.targetPct)];
  }

  return [
    say.measure(
      text.measures[kind],
      formatFigure(result.measure, unitOfMeasure(kind)),
    ),
  ];
}

// Checks that only guard a figure (a baseline, a target, costs, one unit)
// are worth a sentence when they fail; the payment rule always is, as it
// decides which lines counted.
function conditionStep(
  check: ConditionCheck,
  say: ExplainPhrases,
  text: StatementText,
  locale: Locale,
): string | null {
  const name = text.conditionNames[check.condition];

  switch (check.condition) {
    case 'min_categories':
    case 'min_growth_pct': {
      const suffix = check.condition === 'min_growth_pct' ? '%' : '';
      const actual = check.actual === null ? '—' : `${check.actual}${suffix}`;

      return say.condition(
        name,
        `${check.required ?? '—'}${suffix}`,
        actual,
        check.passed,
      );
    }
    case 'paid_within_days':
      return locale === 'zh-CN'
        ? `只计入开票后 ${check.required ?? '—'} 天内回款的销售；退货和折让总是计入。`
        : `Only sales paid within ${check.required ?? '—'} days of the ` +
            'invoice count; returns and allowances always count.';
    case 'baseline':
    case 'target':
    case 'cost':
    case 'units':
      if (check.passed || check.reason === null) return null;

      return say.noTier(text.reasonNames[check.reason]);
  }
}

function tierStep(
  document: StatementDocument,
  say: ExplainPhrases,
  text: StatementText,
  locale: Locale,
): string {
  const { result } = document;
  const { tiers } = document.program.terms;
  const unit = unitOfMeasure(result.explanation.measureKind);
  const reached = tiers[result.tier - 1];

  if (result.tier > 0 && reached !== undefined) {
    return say.tierReached(
      formatFigure(result.measure, unit),
      result.tier,
      formatFigure(reached.from, unit),
    );
  }

  const reasons = result.reasons
    .filter((reason) => reason !== 'cap_per_period' && reason !== 'cap_total')
    .map((reason) => text.reasonNames[reason]);

  const separator = locale === 'zh-CN' ? '；' : '; ';

  return say.noTier(reasons.length > 0 ? reasons.join(separator) : text.noTier);
}

function partStep(
  part: EntitlementPart,
  document: StatementDocument,
  say: ExplainPhrases,
  text: StatementText,
): string {
  const { explanation } = document.result;

  switch (part.kind) {
    case 'rate': {
      const band = explanation.bands.find((b) => b.tier === part.tier);
      if (explanation.method === 'incremental' && band !== undefined) {
        return say.band(
          part.tier,
          groupDigits(band.from),
          band.to === null ? null : groupDigits(band.to),
          groupDigits(part.on),
          part.ratePct,
          groupDigits(part.amount),
        );
      }

      return say.rate(
        part.tier,
        groupDigits(part.on),
        text.bases[explanation.baseKind],
        part.ratePct,
        groupDigits(part.amount),
      );
    }
    case 'per_unit':
      return say.perUnit(
        part.tier,
        groupDigits(part.quantity),
        groupDigits(part.perUnit),
        groupDigits(part.amount),
      );
    case 'lump_sum':
      return say.lumpSum(part.tier, groupDigits(part.amount));
  }
}

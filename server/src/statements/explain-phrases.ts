// The sentences of a statement's calculation steps, one set per language.
// Each takes figures already printed, so a sentence never does arithmetic.
import type { Locale } from '../http/locale.js';

export interface ExplainPhrases {
  window(start: string, end: string, lines: number): string;
  baseline(start: string, end: string, amount: string): string;
  measure(name: string, value: string): string;
  growth(net: string, baseline: string, pct: string): string;
  targetPct(net: string, target: string, pct: string): string;
  condition(
    name: string,
    required: string,
    actual: string,
    passed: boolean,
  ): string;
  tierReached(measure: string, tier: number, from: string): string;
  noTier(reasons: string): string;
  rate(
    tier: number,
    on: string,
    onName: string,
    pct: string,
    amount: string,
  ): string;
  band(
    tier: number,
    from: string,
    to: string | null,
    part: string,
    pct: string,
    amount: string,
  ): string;
  perUnit(
    tier: number,
    quantity: string,
    perUnit: string,
    amount: string,
  ): string;
  lumpSum(tier: number, amount: string): string;
  sum(terms: string[], exact: string): string;
  rounding(mode: string, scale: number, rounded: string): string;
  negative(): string;
  cap(
    kind: 'per_period' | 'total',
    limit: string,
    room: string,
    before: string,
    after: string,
    applied: boolean,
  ): string;
  cumulative(entitlement: string, earlier: string, rebate: string): string;
  rebate(rebate: string): string;
  owed(rebate: string, adjustments: string, owed: string): string;
}

const zhCN: ExplainPhrases = {
  window: (start, end, lines) =>
    `统计窗口为 ${start} 至 ${end}，计入销售明细 ${String(lines)} 行。`,
  baseline: (start, end, amount) =>
    `去年同期窗口为 ${start} 至 ${end}，净销售额 ${amount}。`,
  measure: (name, value) => `考核指标（${name}）为 ${value}。`,
  growth: (net, baseline, pct) =>
    `同比增长率 =（${net} − ${baseline}）÷ ${baseline} × 100 = ${pct}%。`,
  targetPct: (net, target, pct) =>
    `目标达成率 = ${net} ÷ ${target} × 100 = ${pct}%。`,
  condition: (name, required, actual, passed) =>
    `条件「${name}」：要求 ${required}，实际 ${actual}，` +
    `${passed ? '满足' : '不满足，本期返利为零'}。`,
  tierReached: (measure, tier, from) =>
    `考核指标 ${measure} 不低于第 ${String(tier)} 档起点 ${from}，` +
    `达到第 ${String(tier)} 档。`,
  noTier: (reasons) => `未达成任何阶梯：${reasons}。`,
  rate: (tier, on, onName, pct, amount) =>
    `按第 ${String(tier)} 档比例：${onName} ${on} × ${pct}% = ${amount}。`,
  band: (tier, from, to, part, pct, amount) =>
    `第 ${String(tier)} 段（${to === null ? `${from} 以上` : `${from} 至 ${to}`}）` +
    `内的部分 ${part} × ` +
    `${pct}% = ${amount}。`,
  perUnit: (tier, quantity, perUnit, amount) =>
    `按第 ${String(tier)} 档每单位返利：数量 ${quantity} × ${perUnit} = ${amount}。`,
  lumpSum: (tier, amount) => `第 ${String(tier)} 档一次性奖励 ${amount}。`,
  sum: (terms, exact) =>
    terms.length > 1
      ? `合计（未舍入）：${terms.join(' + ')} = ${exact}。`
      : `应得返利（未舍入）为 ${exact}。`,
  rounding: (mode, scale, rounded) =>
    `按${mode}保留 ${String(scale)} 位小数，得 ${rounded}。`,
  negative: () => '结果为负，按零计。',
  cap: (kind, limit, room, before, after, applied) => {
    const name = kind === 'per_period' ? '每期上限' : '总上限';
    const roomText = room === limit ? '' : `（扣除前期返利后尚余 ${room}）`;

    return applied
      ? `${name} ${limit}${roomText}：${before} 封顶为 ${after}。`
      : `${name} ${limit}${roomText}：${before} 未超过，不受影响。`;
  },
  cumulative: (entitlement, earlier, rebate) =>
    `累计计算：累计应得 ${entitlement} − 前期已计返利 ${earlier} = ${rebate}。`,
  rebate: (rebate) => `本期返利为 ${rebate}。`,
  owed: (rebate, adjustments, owed) =>
    `本期返利 ${rebate} 加计入本期的调整 ${adjustments}，本期应付 ${owed}。`,
};

const enUS: ExplainPhrases = {
  window: (start, end, lines) =>
    `The window runs from ${start} to ${end}; ${String(lines)} sales ` +
    `lines counted.`,
  baseline: (start, end, amount) =>
    `The same window last year, ${start} to ${end}, had net sales of ` +
    `${amount}.`,
  measure: (name, value) => `The measure (${name}) is ${value}.`,
  growth: (net, baseline, pct) =>
    `Growth = (${net} − ${baseline}) ÷ ${baseline} × 100 = ${pct}%.`,
  targetPct: (net, target, pct) =>
    `Target achieved = ${net} ÷ ${target} × 100 = ${pct}%.`,
  condition: (name, required, actual, passed) =>
    `Condition "${name}": ${required} required, ${actual} reached: ` +
    `${passed ? 'met' : 'not met, so the rebate is zero'}.`,
  tierReached: (measure, tier, from) =>
    `The measure ${measure} is at least tier ${String(tier)}'s threshold ` +
    `${from}: tier ${String(tier)} is reached.`,
  noTier: (reasons) => `No tier is reached: ${reasons}.`,
  rate: (tier, on, onName, pct, amount) =>
    `At tier ${String(tier)}'s rate: ${onName} ${on} × ${pct}% = ${amount}.`,
  band: (tier, from, to, part, pct, amount) =>
    `Band ${String(tier)} (${to === null ? `${from} and above` : `${from} to ${to}`}): ` +
    `the part ${part} × ` +
    `${pct}% = ${amount}.`,
  perUnit: (tier, quantity, perUnit, amount) =>
    `At tier ${String(tier)}'s amount per unit: quantity ${quantity} × ` +
    `${perUnit} = ${amount}.`,
  lumpSum: (tier, amount) => `Tier ${String(tier)}'s lump sum: ${amount}.`,
  sum: (terms, exact) =>
    terms.length > 1
      ? `Total before rounding: ${terms.join(' + ')} = ${exact}.`
      : `The entitlement before rounding is ${exact}.`,
  rounding: (mode, scale, rounded) =>
    `Rounded ${mode} to ${String(scale)} decimals: ${rounded}.`,
  negative: () => 'The result is negative and counts as zero.',
  cap: (kind, limit, room, before, after, applied) => {
    const name = kind === 'per_period' ? 'The cap per period' : 'The total cap';
    const roomText =
      room === limit ? '' : ` (${room} left after earlier periods)`;

    return applied
      ? `${name} ${limit}${roomText} caps ${before} to ${after}.`
      : `${name} ${limit}${roomText} leaves ${before} as it is.`;
  },
  cumulative: (entitlement, earlier, rebate) =>
    `Cumulative: the entitlement so far ${entitlement} − rebates of earlier ` +
    `periods ${earlier} = ${rebate}.`,
  rebate: (rebate) => `The rebate for the period is ${rebate}.`,
  owed: (rebate, adjustments, owed) =>
    `The rebate ${rebate} plus adjustments owed in this period ` +
    `${adjustments} makes ${owed} owed.`,
};

export const explainPhrases: Record<Locale, ExplainPhrases> = {
  'zh-CN': zhCN,
  'en-US': enUS,
};

import type { Day } from './calendar.js';
import {
  businessLines,
  citiesByRegion,
  salesRepsByRegion,
  tradeNames,
  type Region,
} from './names.js';
import type { Prng } from './prng.js';

/** A distributor as the demo imports it, plus how it behaves over time. */
export interface DemoCustomer {
  code: string;
  name: string;
  group: string;
  region: Region;
  tags: string[];
  salesRep: string;
  /** Relative size of the business; the average customer is about 1. */
  size: number;
  /** Yearly growth of its purchases, 0.2 for +20 %. */
  growthPerYear: number;
  /** The first day it buys (new customers start late). */
  firstDay: Day;
  /** The last day it buys, for customers that leave; else null. */
  lastDay: Day | null;
  /** Its price discount off list, in basis points. */
  discountBp: number;
  /** The range of days it takes to pay an invoice. */
  payDays: { min: number; max: number };
  /** Sells online too: 618 and 双11 matter more to it. */
  online: boolean;
}

export interface CustomerSpan {
  /** The first day of the sales history. */
  startDay: Day;
  /** The last day of the sales history (today). */
  endDay: Day;
}

// Regions in a fixed rotation of 20 (8 华东, 5 华南, 4 华北, 3 西南), so even
// a small demo has all four.
const regionRotation: readonly Region[] = [
  '华东',
  '华南',
  '华北',
  '西南',
  '华东',
  '华南',
  '华北',
  '西南',
  '华东',
  '华南',
  '华北',
  '西南',
  '华东',
  '华南',
  '华北',
  '华东',
  '华东',
  '华南',
  '华东',
  '华东',
];

export function generateCustomers(
  prng: Prng,
  count: number,
  span: CustomerSpan,
): DemoCustomer[] {
  const usedNames = new Set<string>();
  const customers: DemoCustomer[] = [];

  for (let index = 0; index < count; index++) {
    const region = regionFor(index);
    const keyAccount = prng.chance(0.12);
    const size = Math.exp(0.7 * prng.normal()) * (keyAccount ? 2.5 : 1);
    const newCustomer = prng.chance(0.1);
    const leaving = !newCustomer && prng.chance(0.04);
    const historyDays = span.endDay - span.startDay;

    const firstDay = newCustomer
      ? span.endDay - prng.int(60, Math.min(450, historyDays))
      : span.startDay;
    const lastDay = leaving
      ? span.endDay - prng.int(30, Math.min(300, historyDays))
      : null;
    const latePayer = prng.chance(0.1);

    customers.push({
      code: `C${String(index + 1).padStart(4, '0')}`,
      name: uniqueName(prng, region, usedNames),
      group: `${region}${keyAccount ? 'KA' : '经销商'}`,
      region,
      tags: [],
      salesRep: prng.pick(salesRepsByRegion[region]),
      size,
      growthPerYear: clamp(0.08 + 0.12 * prng.normal(), -0.35, 0.5),
      firstDay: Math.max(firstDay, span.startDay),
      lastDay,
      discountBp: prng.int(0, 16) * 50,
      payDays: latePayer ? { min: 60, max: 150 } : { min: 30, max: 90 },
      online: prng.chance(0.15),
    });
  }

  tagCustomers(customers, span);
  return customers;
}

function regionFor(index: number): Region {
  return regionRotation[index % regionRotation.length] ?? '华东';
}

function uniqueName(prng: Prng, region: Region, used: Set<string>): string {
  for (;;) {
    const name =
      prng.pick(citiesByRegion[region]) +
      prng.pick(tradeNames) +
      prng.pick(businessLines);
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

function tagCustomers(customers: DemoCustomer[], span: CustomerSpan): void {
  const bySize = [...customers].sort((a, b) => b.size - a.size);
  const important = new Set(
    bySize.slice(0, Math.ceil(customers.length * 0.2)).map((c) => c.code),
  );
  const recent = span.endDay - 365;

  for (const customer of customers) {
    if (customer.group.endsWith('KA')) customer.tags.push('KA');
    if (important.has(customer.code)) customer.tags.push('重点');
    if (customer.firstDay > recent) customer.tags.push('新客户');
    if (customer.online) customer.tags.push('电商');
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

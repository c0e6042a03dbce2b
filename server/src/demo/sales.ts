import { dayParts, isoFromDay, type Day } from './calendar.js';
import type { DemoCustomer } from './customers.js';
import { drawProducts, pickAssortment, type Assortment } from './assortment.js';
import { mulDiv } from './fen.js';
import type { DemoProduct } from './products.js';
import type { Prng } from './prng.js';
import { scheduleReturn } from './returns.js';
import { seasonFactor } from './seasonality.js';

/** One invoice line; returns have negative quantity and amounts. */
export interface DemoSaleLine {
  invoiceNo: string;
  lineNo: number;
  day: Day;
  customerIndex: number;
  productIndex: number;
  quantity: number;
  netFen: number;
  costFen: number;
  paidDay: Day | null;
}

export interface SalesSpan {
  startDay: Day;
  endDay: Day;
}

// Tuned so that 300 customers over two years give about 300k lines, with an
// average line of about 6,000 yuan.
const linesPerCustomerDay = 1.35;
const averageLinesPerOrder = 4;
const lineAmountFen = 600_000;
const unpaidInvoiceShare = 0.01;

/**
 * All sales lines, day by day; returns come on the day they are booked.
 *
 * A distributor restocks what it sold: its demand (which follows the season,
 * its growth and a good or bad quarter) builds up day by day, and each order
 * buys what built up since the last one. Orders come at random, fewer on
 * weekends and holidays, so a quarter's total follows demand closely while
 * single days stay uneven.
 */
export function* generateSales(
  prng: Prng,
  customers: readonly DemoCustomer[],
  products: readonly DemoProduct[],
  span: SalesSpan,
): Generator<DemoSaleLine> {
  const assortments = customers.map((customer) =>
    pickAssortment(prng, customer, products),
  );
  const pendingDemandFen = customers.map(() => 0);
  const quarterMood = new Map<number, number>();
  const returnsByDay = new Map<Day, DemoSaleLine[]>();

  for (let day = span.startDay; day <= span.endDay; day++) {
    const datePart = isoFromDay(day).replaceAll('-', '');
    const season = [seasonFactor(day, false), seasonFactor(day, true)];
    const quarter = quarterNumber(day);
    let invoiceSeq = 0;

    for (const [customerIndex, customer] of customers.entries()) {
      if (day < customer.firstDay) continue;
      if (customer.lastDay !== null && day > customer.lastDay) continue;

      const dailyLines = linesPerCustomerDay * customer.size ** 0.8;
      const dayFactor = season[customer.online ? 1 : 0] ?? 1;
      const demandFen =
        dailyLines *
        lineAmountFen *
        customer.size ** 0.2 *
        dayFactor *
        trend(customer, day, span.startDay) *
        mood(prng, quarterMood, customerIndex * 10_000 + quarter);
      const pendingFen = (pendingDemandFen[customerIndex] ?? 0) + demandFen;
      pendingDemandFen[customerIndex] = pendingFen;

      const orderChance =
        (dailyLines / averageLinesPerOrder) * Math.min(1, dayFactor);
      if (!prng.chance(Math.min(0.95, orderChance))) continue;

      invoiceSeq += 1;
      const lines = orderLines(prng, {
        invoiceNo: `SO${datePart}${String(invoiceSeq).padStart(4, '0')}`,
        day,
        customerIndex,
        customer,
        products,
        assortment: assortmentAt(assortments, customerIndex),
        orderFen: pendingFen,
        endDay: span.endDay,
      });
      const orderedFen = lines.reduce((sum, line) => sum + line.netFen, 0);
      pendingDemandFen[customerIndex] = pendingFen - orderedFen;

      yield* lines;
      scheduleReturn(prng, lines, span.endDay, returnsByDay);
    }

    yield* returnsByDay.get(day) ?? [];
    returnsByDay.delete(day);
  }
}

interface OrderContext {
  invoiceNo: string;
  day: Day;
  customerIndex: number;
  customer: DemoCustomer;
  products: readonly DemoProduct[];
  assortment: Assortment;
  /** What the order should roughly come to. */
  orderFen: number;
  endDay: Day;
}

function orderLines(prng: Prng, order: OrderContext): DemoSaleLine[] {
  const { customer } = order;
  const productIndexes = drawProducts(
    prng,
    order.assortment,
    prng.int(averageLinesPerOrder - 2, averageLinesPerOrder + 2),
  );
  const shares = productIndexes.map(() => Math.exp(0.35 * prng.normal()));
  const totalShare = shares.reduce((sum, share) => sum + share, 0);
  const paidDay = paymentDay(prng, customer, order.day, order.endDay);

  return productIndexes.map((productIndex, index) => {
    const product = order.products[productIndex];
    if (!product) throw new RangeError(`no product ${productIndex}`);
    const unitPriceFen = mulDiv(
      product.listPriceFen,
      10_000 - customer.discountBp,
      10_000,
    );
    // Floats only pick a whole number of cases; the amount is then exact.
    const wantedFen = (order.orderFen * (shares[index] ?? 1)) / totalShare;
    const quantity = Math.max(1, Math.round(wantedFen / unitPriceFen));
    const netFen = mulDiv(unitPriceFen, quantity, 1);

    return {
      invoiceNo: order.invoiceNo,
      lineNo: index + 1,
      day: order.day,
      customerIndex: order.customerIndex,
      productIndex,
      quantity,
      netFen,
      costFen: mulDiv(netFen, 10_000 - product.marginBp, 10_000),
      paidDay,
    };
  });
}

function paymentDay(
  prng: Prng,
  customer: DemoCustomer,
  day: Day,
  endDay: Day,
): Day | null {
  if (prng.chance(unpaidInvoiceShare)) return null;
  const paidDay = day + prng.int(customer.payDays.min, customer.payDays.max);
  // A payment after today has not happened yet.
  return paidDay <= endDay ? paidDay : null;
}

function trend(customer: DemoCustomer, day: Day, startDay: Day): number {
  return (1 + customer.growthPerYear) ** ((day - startDay) / 365);
}

/** A customer's good or bad quarter, drawn once per customer and quarter. */
function mood(prng: Prng, moods: Map<number, number>, key: number): number {
  let value = moods.get(key);
  if (value === undefined) {
    value = Math.exp(0.06 * prng.normal());
    moods.set(key, value);
  }
  return value;
}

/** Quarters counted from year 0, a key for the quarter holding `day`. */
function quarterNumber(day: Day): number {
  const { year, month } = dayParts(day);
  return year * 4 + Math.floor((month - 1) / 3);
}

function assortmentAt(assortments: Assortment[], index: number): Assortment {
  const assortment = assortments[index];
  if (!assortment) throw new RangeError(`no assortment ${index}`);
  return assortment;
}

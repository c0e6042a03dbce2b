import { dayParts, isoFromDay, type Day } from './calendar.js';
import type { DemoCustomer } from './customers.js';
import { mulDiv } from './fen.js';
import type { DemoProduct } from './products.js';
import type { Prng } from './prng.js';
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
const linesPerCustomerDay = 1.3;
const averageLinesPerOrder = 4;
const lineAmountFen = 600_000;
/** Invoices later partly returned: with 40 % of their lines, ~3 % of lines. */
const returnedInvoiceShare = 0.055;
const returnedLineShare = 0.4;
const unpaidInvoiceShare = 0.01;

interface Assortment {
  products: number[];
  cumulativeWeights: number[];
}

/** All sales lines, day by day; returns come on the day they are booked. */
export function* generateSales(
  prng: Prng,
  customers: readonly DemoCustomer[],
  products: readonly DemoProduct[],
  span: SalesSpan,
): Generator<DemoSaleLine> {
  const assortments = customers.map((customer) =>
    pickAssortment(prng, customer, products),
  );
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

      const intensity =
        linesPerCustomerDay *
        customer.size ** 0.6 *
        (season[customer.online ? 1 : 0] ?? 1) *
        trend(customer, day, span.startDay) *
        mood(prng, quarterMood, customerIndex * 10_000 + quarter);
      const orderChance = intensity / averageLinesPerOrder;
      if (!prng.chance(Math.min(0.95, orderChance))) continue;

      // The largest customers cannot order more often than daily: they
      // order more per line instead.
      const extra = Math.max(1, orderChance / 0.95);
      invoiceSeq += 1;
      const invoiceNo = `SO${datePart}${String(invoiceSeq).padStart(4, '0')}`;
      const lines = orderLines(prng, {
        invoiceNo,
        day,
        customerIndex,
        customer,
        products,
        assortment: assortmentAt(assortments, customerIndex),
        extra,
        endDay: span.endDay,
      });
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
  extra: number;
  endDay: Day;
}

function orderLines(prng: Prng, order: OrderContext): DemoSaleLine[] {
  const { customer, assortment } = order;
  const lineCount = Math.min(
    assortment.products.length,
    prng.int(1, 2 * averageLinesPerOrder - 1),
  );
  const paidDay = paymentDay(prng, order.customer, order.day, order.endDay);
  const chosen = new Set<number>();
  const lines: DemoSaleLine[] = [];

  while (chosen.size < lineCount) {
    const productIndex = drawProduct(prng, assortment);
    if (chosen.has(productIndex)) continue;
    chosen.add(productIndex);

    const product = order.products[productIndex];
    if (!product) throw new RangeError(`no product ${productIndex}`);
    const unitPriceFen = mulDiv(
      product.listPriceFen,
      10_000 - customer.discountBp,
      10_000,
    );
    const wantedFen =
      lineAmountFen *
      customer.size ** 0.4 *
      order.extra *
      Math.exp(0.5 * prng.normal());
    // Floats only pick a whole number of cases; the amount is then exact.
    const quantity = Math.max(1, Math.round(wantedFen / unitPriceFen));
    const netFen = mulDiv(unitPriceFen, quantity, 1);

    lines.push({
      invoiceNo: order.invoiceNo,
      lineNo: lines.length + 1,
      day: order.day,
      customerIndex: order.customerIndex,
      productIndex,
      quantity,
      netFen,
      costFen: mulDiv(netFen, 10_000 - product.marginBp, 10_000),
      paidDay,
    });
  }
  return lines;
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

/** Books part of an invoice back as a return invoice `<invoice>-R`. */
function scheduleReturn(
  prng: Prng,
  lines: readonly DemoSaleLine[],
  endDay: Day,
  returnsByDay: Map<Day, DemoSaleLine[]>,
): void {
  const first = lines[0];
  if (!first || !prng.chance(returnedInvoiceShare)) return;
  const day = first.day + prng.int(3, 45);
  if (day > endDay) return;

  const returned = lines.filter(
    (line, index) => index === 0 || prng.chance(returnedLineShare),
  );
  const booked = returnsByDay.get(day) ?? [];
  for (const line of returned) {
    const quantity = prng.chance(0.6)
      ? line.quantity
      : prng.int(1, line.quantity);
    booked.push({
      ...line,
      invoiceNo: `${line.invoiceNo}-R`,
      day,
      quantity: -quantity,
      netFen: -mulDiv(line.netFen, quantity, line.quantity),
      costFen: -mulDiv(line.costFen, quantity, line.quantity),
      paidDay: null,
    });
  }
  returnsByDay.set(day, booked);
}

function trend(customer: DemoCustomer, day: Day, startDay: Day): number {
  return (1 + customer.growthPerYear) ** ((day - startDay) / 365);
}

/** A customer's good or bad quarter, drawn once per customer and quarter. */
function mood(prng: Prng, moods: Map<number, number>, key: number): number {
  let value = moods.get(key);
  if (value === undefined) {
    value = Math.exp(0.15 * prng.normal());
    moods.set(key, value);
  }
  return value;
}

/** Quarters counted from year 0, a key for the quarter holding `day`. */
function quarterNumber(day: Day): number {
  const { year, month } = dayParts(day);
  return year * 4 + Math.floor((month - 1) / 3);
}

function pickAssortment(
  prng: Prng,
  customer: DemoCustomer,
  products: readonly DemoProduct[],
): Assortment {
  const wanted = Math.min(
    products.length,
    Math.round(20 + 25 * Math.min(3, customer.size)),
  );
  const picked = new Set<number>();
  while (picked.size < wanted) picked.add(prng.int(0, products.length - 1));

  const chosen = [...picked].sort((a, b) => a - b);
  let total = 0;
  const cumulativeWeights = chosen.map((index) => {
    total += products[index]?.popularity ?? 1;
    return total;
  });
  return { products: chosen, cumulativeWeights };
}

function drawProduct(prng: Prng, assortment: Assortment): number {
  const total = assortment.cumulativeWeights.at(-1) ?? 0;
  const target = prng.next() * total;
  let low = 0;
  let high = assortment.cumulativeWeights.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((assortment.cumulativeWeights[middle] ?? 0) > target) high = middle;
    else low = middle + 1;
  }
  return assortment.products[low] ?? 0;
}

function assortmentAt(assortments: Assortment[], index: number): Assortment {
  const assortment = assortments[index];
  if (!assortment) throw new RangeError(`no assortment ${index}`);
  return assortment;
}

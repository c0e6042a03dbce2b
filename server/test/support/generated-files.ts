// Deterministic input files of any size, for tests and the import benchmark:
// master data, and sales lines that reference it (3 lines an invoice, about
// 3% returns, some with cost and payment dates).
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';

export interface GeneratedSales {
  lines: number;
  customers: number;
  products: number;
}

export function customerCode(index: number): string {
  return `C${String(index + 1).padStart(5, '0')}`;
}

export function productSku(index: number): string {
  return `P${String(index + 1).padStart(4, '0')}`;
}

export function customersCsv(count: number): string {
  const rows = ['code,name,group,region,tags,sales_rep'];
  for (let i = 0; i < count; i++) {
    const tags = i % 7 === 0 ? 'KA;重点' : '';
    rows.push(
      `${customerCode(i)},客户${i + 1}有限公司,华东经销商,华东,${tags},rep${i % 20}`,
    );
  }
  return `${rows.join('\n')}\n`;
}

export function productsCsv(count: number): string {
  const rows = ['sku,name,category,brand,unit,list_price,vat_rate'];
  for (let i = 0; i < count; i++) {
    rows.push(
      `${productSku(i)},产品${i + 1},饮料,清泉,箱,${12 + (i % 50)}.50,13%`,
    );
  }
  return `${rows.join('\n')}\n`;
}

export const SALES_HEADER =
  'invoice_no,line_no,invoice_date,customer_code,sku,quantity,net_amount,cost_amount,currency,paid_date';

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2026, 0, 1);

/** Line `n` (from 0) of the generated sales file, without a line break. */
export function salesLine(n: number, spec: GeneratedSales): string {
  const invoice = `INV${String(Math.floor(n / 3)).padStart(8, '0')}`;
  const day = new Date(FIRST_DAY + (n % 700) * DAY_MS);
  const date = day.toISOString().slice(0, 10);
  const returned = n % 33 === 0;
  const quantity = (n % 40) + 1;
  const cents = quantity * (1250 + (n % 997));
  const amount = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
  const cost = n % 4 === 0 ? `${Math.floor((cents * 7) / 1000)}.00` : '';
  const paid =
    n % 2 === 0
      ? new Date(day.getTime() + 30 * DAY_MS).toISOString().slice(0, 10)
      : '';
  const sign = returned ? '-' : '';
  return (
    `${invoice},${(n % 3) + 1},${date},${customerCode(n % spec.customers)},` +
    `${productSku(n % spec.products)},${sign}${quantity},${sign}${amount},` +
    `${cost},CNY,${returned ? '' : paid}`
  );
}

/** The whole sales file, in chunks of about 64 KB. */
export async function* salesCsvChunks(
  spec: GeneratedSales,
): AsyncGenerator<Buffer> {
  let chunk = `${SALES_HEADER}\n`;
  for (let n = 0; n < spec.lines; n++) {
    chunk += `${salesLine(n, spec)}\n`;
    if (chunk.length >= 65_536) {
      yield Buffer.from(chunk);
      chunk = '';
    }
  }
  if (chunk) yield Buffer.from(chunk);
}

export async function writeSalesCsv(
  file: string,
  spec: GeneratedSales,
): Promise<void> {
  await pipeline(
    Readable.from(salesCsvChunks(spec)),
    fs.createWriteStream(file),
  );
}

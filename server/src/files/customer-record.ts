// One customer of customers.csv (DESIGN §4.1), validated.
import type { ColumnSpec } from './columns.js';
import type { RecordReader } from './record-reader.js';

export const customerColumns = [
  { name: 'code', chinese: '客户编码', required: true },
  { name: 'name', chinese: '客户名称', required: true },
  { name: 'group', chinese: '客户分组', required: true },
  { name: 'region', chinese: '区域', required: true },
  { name: 'tags', chinese: '标签', required: true },
  { name: 'sales_rep', chinese: '销售代表', required: true },
] as const satisfies readonly ColumnSpec[];

export type CustomerColumn = (typeof customerColumns)[number]['name'];

export interface CustomerRecord {
  code: string;
  name: string;
  group: string;
  region: string;
  tags: string[];
  /** The sales rep's user code. */
  salesRep: string;
}

export function readCustomerRecord(
  reader: RecordReader<CustomerColumn>,
): CustomerRecord | null {
  const record: CustomerRecord = {
    code: reader.required('code'),
    name: reader.required('name'),
    group: reader.text('group'),
    region: reader.text('region'),
    tags: splitTags(reader.text('tags')),
    salesRep: reader.text('sales_rep'),
  };
  return reader.ok ? record : null;
}

/** Tags are separated by `;` (or the full-width `；` of Chinese input). */
export function splitTags(text: string): string[] {
  const tags = text
    .split(/[;；]/)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  return [...new Set(tags)];
}

import type { Customer } from './customer-schemas.js';

/** The columns of a customer, as the use cases' raw SQL selects them. */
export const customerColumns = `code, name, group_name, region, tags,
  sales_rep, contact, status, created_at, updated_at`;

export interface CustomerRow {
  code: string;
  name: string;
  group_name: string;
  region: string;
  tags: string[];
  sales_rep: string;
  contact: string;
  status: 'active' | 'inactive';
  created_at: Date | string;
  updated_at: Date | string;
}

export function toCustomer(row: CustomerRow): Customer {
  return {
    code: row.code,
    name: row.name,
    group: row.group_name,
    region: row.region,
    tags: row.tags,
    salesRep: row.sales_rep,
    contact: row.contact,
    status: row.status,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

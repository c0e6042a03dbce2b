// customers.csv into customers (DESIGN §4.1), upserted by code.
import {
  customerColumns,
  readCustomerRecord,
  type CustomerColumn,
  type CustomerRecord,
} from '../files/customer-record.js';
import { copyText, copyTextArray } from './copy-text.js';
import { masterDataPlan } from './master-data-plan.js';

const CUSTOMERS_LOCK = 7_201_103;

export const customersImportPlan = masterDataPlan<
  CustomerColumn,
  CustomerRecord
>({
  staging: {
    target: 'customers',
    key: [{ name: 'code', type: 'text', fileColumn: 'code' }],
    content: [
      { name: 'name', type: 'text', fileColumn: 'name' },
      { name: 'group_name', type: 'text', fileColumn: 'group' },
      { name: 'region', type: 'text', fileColumn: 'region' },
      { name: 'tags', type: 'text[]', fileColumn: 'tags' },
      { name: 'sales_rep', type: 'text', fileColumn: 'sales_rep' },
    ],
    describeKey: ([code]) => `customer ${code}`,
  },
  lockKey: CUSTOMERS_LOCK,
  async prepare() {
    return {
      columns: customerColumns,
      read: readCustomerRecord,
      keyOf: (customer) => customer.code,
      copyFields: (customer) =>
        `${copyText(customer.code)}\t${copyText(customer.name)}\t` +
        `${copyText(customer.group)}\t${copyText(customer.region)}\t` +
        `${copyTextArray(customer.tags)}\t${copyText(customer.salesRep)}`,
    };
  },
});

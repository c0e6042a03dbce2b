import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCustomer } from '../../src/customers/create-customer.js';
import { CustomerError } from '../../src/customers/customer-errors.js';
import { getCustomer } from '../../src/customers/get-customer.js';
import { listCustomers } from '../../src/customers/list-customers.js';
import { updateCustomer } from '../../src/customers/update-customer.js';
import { createProduct } from '../../src/products/create-product.js';
import { getProduct } from '../../src/products/get-product.js';
import { listProducts } from '../../src/products/list-products.js';
import { ProductError } from '../../src/products/product-errors.js';
import { updateProduct } from '../../src/products/update-product.js';
import { emptyStore } from './support/imports.js';
import {
  createTestStore,
  storeKind,
  type TestStore,
} from './support/test-store.js';

const context = { actor: 'test' };

describe(`customer and product use cases (${storeKind})`, () => {
  let test: TestStore;

  beforeAll(async () => {
    test = await createTestStore();
  });

  afterAll(async () => {
    await test.dispose();
  });

  beforeEach(async () => {
    await emptyStore(test.store);
  });

  describe('when customers are created', () => {
    it('applies defaults and trims values', async () => {
      const customer = await createCustomer(
        test.store,
        { code: ' C001 ', name: ' 上海瑞丰商贸有限公司 ', tags: ['KA'] },
        context,
      );

      expect(customer).toMatchObject({
        code: 'C001',
        name: '上海瑞丰商贸有限公司',
        group: '',
        tags: ['KA'],
        status: 'active',
      });
      expect(await getCustomer(test.store, 'C001')).toEqual(customer);
      expect(await getCustomer(test.store, 'C404')).toBeNull();
    });

    it('refuses a second customer with the same code as customer_exists (409)', async () => {
      await createCustomer(test.store, { code: 'C001', name: 'a' }, context);

      const again = createCustomer(
        test.store,
        { code: 'C001', name: 'b' },
        context,
      );

      await expect(again).rejects.toBeInstanceOf(CustomerError);
      await expect(again).rejects.toMatchObject({
        code: 'customer_exists',
        status: 409,
      });
    });
  });

  describe('when customers are listed', () => {
    beforeEach(async () => {
      const rows = [
        {
          code: 'C001',
          name: '上海瑞丰',
          group: '华东经销商',
          region: '华东',
          tags: ['KA', '重点'],
          salesRep: 'zhangwei',
        },
        {
          code: 'C002',
          name: '杭州新禾',
          group: '华东经销商',
          region: '华东',
          tags: [],
          salesRep: 'lina',
        },
        {
          code: 'C003',
          name: '广州穗丰 100%_批发',
          group: '华南经销商',
          region: '华南',
          tags: ['重点'],
          salesRep: 'zhangwei',
          status: 'inactive' as const,
        },
      ];
      for (const row of rows) await createCustomer(test.store, row, context);
    });

    it('filters by every given field and pages by code', async () => {
      const east = await listCustomers(test.store, { group: '华东经销商' });
      const key = await listCustomers(test.store, {
        tag: '重点',
        salesRep: 'zhangwei',
      });
      const page = await listCustomers(test.store, { limit: 1, offset: 1 });
      const inactive = await listCustomers(test.store, { status: 'inactive' });

      expect(east.items.map((c) => c.code)).toEqual(['C001', 'C002']);
      expect(key.items.map((c) => c.code)).toEqual(['C001', 'C003']);
      expect(page).toMatchObject({ total: 3, items: [{ code: 'C002' }] });
      expect(inactive.items.map((c) => c.code)).toEqual(['C003']);
    });

    it('searches code and name, taking % and _ literally', async () => {
      const byName = await listCustomers(test.store, { q: '瑞丰' });
      const byCode = await listCustomers(test.store, { q: 'c00' });
      const literal = await listCustomers(test.store, { q: '100%_' });
      const wildcard = await listCustomers(test.store, { q: '%' });

      expect(byName.items.map((c) => c.code)).toEqual(['C001']);
      expect(byCode.total).toBe(3);
      expect(literal.items.map((c) => c.code)).toEqual(['C003']);
      expect(wildcard.items.map((c) => c.code)).toEqual(['C003']);
    });
  });

  describe('when a customer is updated', () => {
    it('changes only the given fields', async () => {
      await createCustomer(
        test.store,
        { code: 'C001', name: 'a', region: '华东', tags: ['KA'] },
        context,
      );

      const updated = await updateCustomer(
        test.store,
        'C001',
        { tags: [], status: 'inactive' },
        context,
      );

      expect(updated).toMatchObject({
        code: 'C001',
        name: 'a',
        region: '华东',
        tags: [],
        status: 'inactive',
      });
    });

    it('refuses an unknown code as customer_not_found (404)', async () => {
      const update = updateCustomer(test.store, 'C404', { name: 'x' }, context);

      await expect(update).rejects.toMatchObject({
        code: 'customer_not_found',
        status: 404,
      });
    });
  });

  describe('when products are created and updated', () => {
    it('keeps money and rates as decimal strings', async () => {
      const created = await createProduct(
        test.store,
        { sku: 'P100', name: '清泉矿泉水', listPrice: '48.5', vatRatePct: '9' },
        context,
      );
      const defaulted = await createProduct(
        test.store,
        { sku: 'P200', name: '金穗挂面' },
        context,
      );

      expect(created).toMatchObject({ listPrice: '48.50', vatRatePct: '9' });
      expect(defaulted).toMatchObject({ listPrice: null, vatRatePct: '13' });
      expect(await getProduct(test.store, 'P100')).toEqual(created);
    });

    it('clears the list price only when told to', async () => {
      await createProduct(
        test.store,
        { sku: 'P100', name: 'a', listPrice: '1.2345' },
        context,
      );

      const renamed = await updateProduct(
        test.store,
        'P100',
        { name: 'b' },
        context,
      );
      const cleared = await updateProduct(
        test.store,
        'P100',
        { listPrice: null },
        context,
      );

      expect(renamed).toMatchObject({ name: 'b', listPrice: '1.2345' });
      expect(cleared).toMatchObject({ name: 'b', listPrice: null });
    });

    it('lists by category and brand and refuses duplicates and unknown skus', async () => {
      await createProduct(
        test.store,
        { sku: 'P1', name: 'a', category: '饮料', brand: '清泉' },
        context,
      );
      await createProduct(
        test.store,
        { sku: 'P2', name: 'b', category: '粮油', brand: '清泉' },
        context,
      );

      const drinks = await listProducts(test.store, { category: '饮料' });
      const brand = await listProducts(test.store, { brand: '清泉', q: 'p' });
      const duplicate = createProduct(
        test.store,
        { sku: 'P1', name: 'c' },
        context,
      );
      const missing = updateProduct(test.store, 'P9', { name: 'x' }, context);

      expect(drinks.items.map((p) => p.sku)).toEqual(['P1']);
      expect(brand.total).toBe(2);
      await expect(duplicate).rejects.toBeInstanceOf(ProductError);
      await expect(duplicate).rejects.toMatchObject({
        code: 'product_exists',
        status: 409,
      });
      await expect(missing).rejects.toMatchObject({
        code: 'product_not_found',
        status: 404,
      });
    });
  });
});

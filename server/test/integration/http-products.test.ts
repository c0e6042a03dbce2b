import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.js';
import { storeKind } from './support/test-store.js';

const products = [
  {
    sku: 'P-COLA-330',
    name: '可乐 330ml×24',
    category: '饮料',
    brand: '清泉',
    unit: '箱',
    listPrice: '52.80',
    vatRatePct: '13',
  },
  {
    sku: 'P-OIL-5L',
    name: '花生油 5L',
    category: '粮油',
    brand: '金禾',
    unit: '桶',
    listPrice: '89.90',
    vatRatePct: '9',
  },
  {
    sku: 'P-TEA-500',
    name: '绿茶 500ml×15',
    category: '饮料',
    brand: '金禾',
    unit: '箱',
    listPrice: '36.00',
    vatRatePct: '13',
  },
];

describe(`/api/products (${storeKind})`, () => {
  let subject: TestApp;

  beforeAll(async () => {
    subject = await createTestApp();
    for (const product of products) {
      const created = await subject.inject({
        method: 'POST',
        url: '/api/products',
        payload: product,
      });
      expect(created.statusCode).toBe(201);
    }
  });

  afterAll(async () => {
    await subject.dispose();
  });

  async function listSkus(query: string) {
    const response = await subject.inject(`/api/products${query}`);
    expect(response.statusCode).toBe(200);
    const page = response.json() as { items: { sku: string }[] };

    return page.items.map((item) => item.sku);
  }

  describe('when a product is created', () => {
    it('keeps the list price and VAT rate as decimal strings', async () => {
      const response = await subject.inject('/api/products/P-COLA-330');

      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        sku: 'P-COLA-330',
        listPrice: expect.stringMatching(/^52\.80*$/),
        vatRatePct: expect.stringMatching(/^13(\.0+)?$/),
      });
    });

    it('answers 409 when the sku exists', async () => {
      const response = await subject.inject({
        method: 'POST',
        url: '/api/products',
        payload: { sku: 'P-OIL-5L', name: '另一种油' },
      });

      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('product_exists');
    });

    it('answers 400 naming a price given as a number', async () => {
      const response = await subject.inject({
        method: 'POST',
        url: '/api/products',
        payload: { sku: 'P-X', name: '测试', listPrice: 12.5 },
      });

      expect(response.statusCode).toBe(400);
      expect(response.json().error.details).toEqual([
        expect.objectContaining({ path: 'body.listPrice' }),
      ]);
    });

    it('answers 400 naming a price with too many decimals', async () => {
      const response = await subject.inject({
        method: 'POST',
        url: '/api/products',
        payload: { sku: 'P-X', name: '测试', listPrice: '1.23456' },
      });

      expect(response.statusCode).toBe(400);
      expect(response.json().error.details).toEqual([
        expect.objectContaining({
          path: 'body.listPrice',
          message: 'a price like "12.50", at most 4 decimals',
        }),
      ]);
    });
  });

  describe('when a product is patched', () => {
    it('changes only the given fields', async () => {
      const response = await subject.inject({
        method: 'PATCH',
        url: '/api/products/P-TEA-500',
        payload: { listPrice: '38.50' },
      });

      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        sku: 'P-TEA-500',
        name: '绿茶 500ml×15',
        listPrice: expect.stringMatching(/^38\.50*$/),
      });
    });

    it('clears the list price with null', async () => {
      const response = await subject.inject({
        method: 'PATCH',
        url: '/api/products/P-OIL-5L',
        payload: { listPrice: null },
      });

      expect(response.statusCode).toBe(200);
      expect(response.json().listPrice).toBeNull();
    });

    it('answers 404 for an unknown sku', async () => {
      const response = await subject.inject({
        method: 'PATCH',
        url: '/api/products/NOPE',
        payload: { name: '不存在' },
      });

      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('product_not_found');
    });
  });

  describe('when products are listed', () => {
    it('pages them by sku with the total', async () => {
      const response = await subject.inject('/api/products?limit=1&offset=2');

      expect(response.json()).toMatchObject({
        total: 3,
        limit: 1,
        offset: 2,
        items: [{ sku: 'P-TEA-500' }],
      });
    });

    it('searches sku and name with q', async () => {
      expect(await listSkus(`?q=${encodeURIComponent('绿茶')}`)).toEqual([
        'P-TEA-500',
      ]);
      expect(await listSkus('?q=oil')).toEqual(['P-OIL-5L']);
    });

    it('filters by category and brand', async () => {
      const drinks = `?category=${encodeURIComponent('饮料')}`;
      const brand = `&brand=${encodeURIComponent('金禾')}`;

      expect(await listSkus(drinks)).toEqual(['P-COLA-330', 'P-TEA-500']);
      expect(await listSkus(drinks + brand)).toEqual(['P-TEA-500']);
    });

    it('answers 400 naming querystring.limit past the largest page', async () => {
      const response = await subject.inject('/api/products?limit=501');

      expect(response.statusCode).toBe(400);
      expect(response.json().error.details).toEqual([
        expect.objectContaining({ path: 'querystring.limit' }),
      ]);
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.js';
import { storeKind } from './support/test-store.js';

const customers = [
  {
    code: 'C001',
    name: '上海申达商贸有限公司',
    group: '华东经销商',
    region: '华东',
    tags: ['重点'],
    salesRep: 'R01',
  },
  {
    code: 'C002',
    name: '杭州西湖食品有限公司',
    group: '华东经销商',
    region: '华东',
    tags: ['新客'],
    salesRep: 'R02',
  },
  {
    code: 'C003',
    name: '广州南粤贸易有限公司',
    group: '华南经销商',
    region: '华南',
    tags: ['重点', '新客'],
    salesRep: 'R01',
  },
];

describe(`/api/customers (${storeKind})`, () => {
  let subject: TestApp;

  beforeAll(async () => {
    subject = await createTestApp();
    for (const customer of customers) {
      const created = await subject.inject({
        method: 'POST',
        url: '/api/customers',
        payload: customer,
      });
      expect(created.statusCode).toBe(201);
    }
  });

  afterAll(async () => {
    await subject.dispose();
  });

  async function listCodes(query: string) {
    const response = await subject.inject(`/api/customers${query}`);
    expect(response.statusCode).toBe(200);
    const page = response.json() as { items: { code: string }[] };

    return page.items.map((item) => item.code);
  }

  describe('when a customer is created', () => {
    it('answers 201 with the stored customer and its defaults', async () => {
      const response = await subject.inject({
        method: 'POST',
        url: '/api/customers',
        payload: { code: 'C900', name: '成都天府商行' },
      });

      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        code: 'C900',
        name: '成都天府商行',
        group: '',
        tags: [],
        status: 'active',
      });
    });

    it('answers 409 when the code exists', async () => {
      const response = await subject.inject({
        method: 'POST',
        url: '/api/customers',
        payload: { code: 'C001', name: '另一家公司' },
      });

      expect(response.statusCode).toBe(409);
      expect(response.json().error).toMatchObject({
        code: 'customer_exists',
        message: '该客户编码已存在',
        details: [],
      });
    });
  });

  describe('when one customer is fetched', () => {
    it('returns it by code', async () => {
      const response = await subject.inject('/api/customers/C003');

      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject(customers[2] ?? {});
    });

    it('answers 404 for an unknown code', async () => {
      const response = await subject.inject({
        url: '/api/customers/NOPE',
        headers: { 'accept-language': 'en-US' },
      });

      expect(response.statusCode).toBe(404);
      expect(response.json().error).toMatchObject({
        code: 'customer_not_found',
        message: 'No customer has this code',
      });
    });
  });

  describe('when a customer is patched', () => {
    it('changes only the given fields', async () => {
      const response = await subject.inject({
        method: 'PATCH',
        url: '/api/customers/C002',
        payload: { region: '华北', tags: ['重点'] },
      });

      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        code: 'C002',
        name: '杭州西湖食品有限公司',
        region: '华北',
        tags: ['重点'],
      });
    });

    it('answers 404 for an unknown code', async () => {
      const response = await subject.inject({
        method: 'PATCH',
        url: '/api/customers/NOPE',
        payload: { name: '不存在' },
      });

      expect(response.statusCode).toBe(404);
    });

    it('answers 400 naming an unknown status', async () => {
      const response = await subject.inject({
        method: 'PATCH',
        url: '/api/customers/C002',
        payload: { status: 'closed' },
      });

      expect(response.statusCode).toBe(400);
      expect(response.json().error.details).toEqual([
        expect.objectContaining({ path: 'body.status' }),
      ]);
    });
  });

  describe('when customers are listed', () => {
    it('pages them by code with the total', async () => {
      const response = await subject.inject('/api/customers?limit=2&offset=1');

      expect(response.json()).toMatchObject({
        total: 4,
        limit: 2,
        offset: 1,
        items: [{ code: 'C002' }, { code: 'C003' }],
      });
    });

    it('uses limit 50 and offset 0 by default', async () => {
      const response = await subject.inject('/api/customers');

      expect(response.json()).toMatchObject({ limit: 50, offset: 0 });
    });

    it('searches code and name with q', async () => {
      expect(await listCodes('?q=西湖')).toEqual(['C002']);
      expect(await listCodes('?q=c00')).toEqual(['C001', 'C002', 'C003']);
    });

    it('filters by group, region, sales rep, tag and status', async () => {
      expect(
        await listCodes(`?group=${encodeURIComponent('华南经销商')}`),
      ).toEqual(['C003']);
      expect(await listCodes(`?region=${encodeURIComponent('华北')}`)).toEqual([
        'C002',
      ]);
      expect(await listCodes('?salesRep=R01')).toEqual(['C001', 'C003']);
      expect(await listCodes(`?tag=${encodeURIComponent('新客')}`)).toEqual([
        'C003',
      ]);
      expect(await listCodes('?status=inactive')).toEqual([]);
    });

    it('combines filters', async () => {
      const query = `?salesRep=R01&tag=${encodeURIComponent('重点')}&q=广州`;

      expect(await listCodes(query)).toEqual(['C003']);
    });

    it('answers 400 naming querystring.status for an unknown status', async () => {
      const response = await subject.inject('/api/customers?status=gone');

      expect(response.statusCode).toBe(400);
      expect(response.json().error.details).toEqual([
        expect.objectContaining({ path: 'querystring.status' }),
      ]);
    });
  });
});

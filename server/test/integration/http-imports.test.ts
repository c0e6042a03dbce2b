import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartFile } from './support/multipart.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { storeKind } from './support/test-store.js';

const customersCsv = [
  'code,name,group,region,tags,sales_rep',
  'C001,上海申达商贸有限公司,华东经销商,华东,重点;新客,R01',
  'C002,广州南粤食品有限公司,华南经销商,华南,,R02',
].join('\n');

const customersWithBadRowCsv = [
  'code,name,group,region,tags,sales_rep',
  'C101,杭州西湖贸易有限公司,华东经销商,华东,,R01',
  'C102,,华东经销商,华东,,R01',
  'C103,南京金陵商行,华东经销商,华东,,R03',
].join('\n');

describe(`POST /api/imports/:kind (${storeKind})`, () => {
  let subject: TestApp;

  beforeAll(async () => {
    subject = await createTestApp();
  });

  afterAll(async () => {
    await subject.dispose();
  });

  function upload(
    kind: string,
    file: { name: string; content: string },
    query = '',
  ) {
    return subject.inject({
      method: 'POST',
      url: `/api/imports/${kind}${query}`,
      ...multipartFile(file),
    });
  }

  describe('when a good customers file is uploaded', () => {
    it('returns the committed report', async () => {
      const response = await upload('customers', {
        name: 'customers.csv',
        content: customersCsv,
      });

      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        kind: 'customers',
        fileName: 'customers.csv',
        status: 'committed',
        rows: { total: 2, new: 2, updated: 0, duplicate: 0, bad: 0 },
        badRows: [],
      });
      expect(response.json().sha256).toMatch(/^[0-9a-f]{64}$/);
    });

    it('stores the customers', async () => {
      const response = await subject.inject({
        url: '/api/customers/C001',
      });

      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        code: 'C001',
        name: '上海申达商贸有限公司',
      });
    });

    it('reports nothing new when the same file comes again', async () => {
      const response = await upload('customers', {
        name: 'customers.csv',
        content: customersCsv,
      });

      expect(response.statusCode).toBe(200);
      expect(response.json().rows).toMatchObject({ total: 2, new: 0 });
    });
  });

  describe('when the file has a bad row', () => {
    it('answers 422 with every bad row and the report', async () => {
      const response = await upload('customers', {
        name: 'bad.csv',
        content: customersWithBadRowCsv,
      });
      const { error } = response.json();

      expect(response.statusCode).toBe(422);
      expect(error.code).toBe('import_rejected');
      expect(error.details).toEqual([
        expect.objectContaining({ row: 3, column: 'name' }),
      ]);
      expect(error.report).toMatchObject({
        status: 'rejected',
        rows: { total: 3, new: 0, bad: 1 },
      });
      expect(error.requestId).toBe(response.headers['x-request-id']);
    });

    it('stores none of its rows', async () => {
      const response = await subject.inject({
        url: '/api/customers/C101',
      });

      expect(response.statusCode).toBe(404);
    });

    it('stores the good rows with skipBad=true', async () => {
      const response = await upload(
        'customers',
        { name: 'bad.csv', content: customersWithBadRowCsv },
        '?skipBad=true',
      );

      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        status: 'committed',
        rows: { total: 3, new: 2, bad: 1 },
        badRows: [expect.objectContaining({ row: 3, column: 'name' })],
      });
    });
  });

  describe('when the request is not a file upload', () => {
    it('answers 400 without the file field', async () => {
      const response = await subject.inject({
        method: 'POST',
        url: '/api/imports/customers',
        ...multipartFile({ name: 'c.csv', content: customersCsv }, 'upload'),
      });

      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('file_required');
    });

    it('answers 415 for a JSON body', async () => {
      const response = await subject.inject({
        method: 'POST',
        url: '/api/imports/customers',
        payload: { file: 'customers.csv' },
      });

      expect(response.statusCode).toBe(415);
      expect(response.json().error.code).toBe('unsupported_media_type');
    });

    it('answers 400 naming params.kind for an unknown kind', async () => {
      const response = await upload('invoices', {
        name: 'x.csv',
        content: customersCsv,
      });

      expect(response.statusCode).toBe(400);
      expect(response.json().error.details).toEqual([
        expect.objectContaining({ path: 'params.kind' }),
      ]);
    });
  });
});

describe(`GET /api/imports (${storeKind})`, () => {
  let subject: TestApp;

  beforeAll(async () => {
    subject = await createTestApp();
    for (const name of ['first.csv', 'second.csv']) {
      await subject.inject({
        method: 'POST',
        url: '/api/imports/customers',
        ...multipartFile({ name, content: customersCsv }),
      });
    }
  });

  afterAll(async () => {
    await subject.dispose();
  });

  describe('when batches were recorded', () => {
    it('lists them newest first with the total', async () => {
      const response = await subject.inject({ url: '/api/imports' });

      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        total: 2,
        limit: 50,
        offset: 0,
        items: [
          {
            fileName: 'second.csv',
            kind: 'customers',
            actor: expect.stringMatching(/^token:/),
          },
          { fileName: 'first.csv', kind: 'customers' },
        ],
      });
    });

    it('pages with limit and offset', async () => {
      const response = await subject.inject({
        url: '/api/imports?limit=1&offset=1',
      });

      expect(response.json()).toMatchObject({
        total: 2,
        limit: 1,
        offset: 1,
        items: [{ fileName: 'first.csv' }],
      });
    });

    it('filters by kind', async () => {
      const response = await subject.inject({
        url: '/api/imports?kind=sales',
      });

      expect(response.json()).toMatchObject({ total: 0, items: [] });
    });
  });
});

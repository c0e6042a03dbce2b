import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  createTestApp,
  type TestApp,
} from './support/test-app.js';

describe('the OpenAPI document', () => {
  let subject: TestApp;
  let document: {
    openapi: string;
    paths: Record<string, Record<string, unknown>>;
    components: { schemas: Record<string, unknown> };
  };

  beforeAll(async () => {
    subject = await createTestApp();
    const response = await subject.app.inject({ url: '/openapi.json' });
    document = response.json();
  });

  afterAll(async () => {
    await subject.dispose();
  });

  describe('when fetched from /openapi.json', () => {
    it('is valid OpenAPI 3', async () => {
      const result = await new Validator().validate(structuredClone(document));

      expect(result.errors).toBeUndefined();
      expect(result.valid).toBe(true);
      expect(document.openapi).toMatch(/^3\./);
    });

    it('lists the routes of master data, imports and health', () => {
      const operations = Object.entries(document.paths).flatMap(
        ([route, methods]) =>
          Object.keys(methods).map((method) => `${method} ${route}`),
      );

      expect(operations).toEqual(
        expect.arrayContaining([
          'get /api/customers',
          'post /api/customers',
          'get /api/customers/{code}',
          'patch /api/customers/{code}',
          'get /api/products',
          'post /api/products',
          'get /api/products/{sku}',
          'patch /api/products/{sku}',
          'get /api/imports',
          'post /api/imports/{kind}',
          'get /health',
          'get /ready',
        ]),
      );
    });

    it('lists the analytics routes with their named schemas', () => {
      const operations = Object.entries(document.paths).flatMap(
        ([route, methods]) =>
          Object.keys(methods).map((method) => `${method} ${route}`),
      );

      expect(operations).toEqual(
        expect.arrayContaining([
          'get /api/dashboard',
          'get /api/customers/{code}/progress',
          'get /api/customers/{code}/monthly-sales',
          'post /api/programs/{code}/versions/{version}/simulate',
        ]),
      );
      expect(Object.keys(document.components.schemas)).toEqual(
        expect.arrayContaining([
          'Dashboard',
          'CustomerProgress',
          'CustomerMonthlySales',
          'SimulationRequest',
          'Simulation',
        ]),
      );
    });

    it('names the shared schemas as components', () => {
      expect(Object.keys(document.components.schemas)).toEqual(
        expect.arrayContaining([
          'Error',
          'ErrorDetail',
          'Customer',
          'Product',
          'ImportReport',
          'ImportRejectedError',
        ]),
      );
    });

    it('documents the upload as a multipart form with a file', () => {
      const upload = document.paths['/api/imports/{kind}']?.post as {
        requestBody: { content: Record<string, { schema: unknown }> };
      };

      expect(upload.requestBody.content['multipart/form-data']?.schema).toEqual(
        expect.objectContaining({ required: ['file'] }),
      );
    });
  });

  describe('when /docs is opened', () => {
    it('serves the docs page', async () => {
      const response = await subject.app.inject({ url: '/docs/' });

      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
    });
  });
});

describe('the root page', () => {
  let subject: TestApp;

  beforeAll(async () => {
    subject = await createTestApp();
  });

  afterAll(async () => {
    await subject.dispose();
  });

  describe('when the web console is not built', () => {
    it('redirects to the docs', async () => {
      const response = await subject.app.inject({ url: '/' });

      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toBe('/docs');
    });
  });

  describe('when the web console is built', () => {
    let app: FastifyInstance;
    let distDir: string;

    beforeAll(async () => {
      distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierline-web-'));
      fs.writeFileSync(
        path.join(distDir, 'index.html'),
        '<!doctype html><title>Tierline</title>',
      );
      fs.writeFileSync(path.join(distDir, 'app.js'), 'console.log(1);');
      ({ app } = await buildTestApp(subject.test, { webDistDir: distDir }));
    });

    afterAll(async () => {
      await app.close();
      fs.rmSync(distDir, { recursive: true, force: true });
    });

    it('serves index.html at /', async () => {
      const response = await app.inject({ url: '/' });

      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('<title>Tierline</title>');
    });

    it('serves the built assets', async () => {
      const response = await app.inject({ url: '/app.js' });

      expect(response.statusCode).toBe(200);
      expect(response.body).toBe('console.log(1);');
    });

    it("serves index.html for the console's own pages", async () => {
      const response = await app.inject({
        url: '/customers/C0001',
        headers: { accept: 'text/html' },
      });

      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('<title>Tierline</title>');
    });

    it('still answers unknown API routes with the 404 error', async () => {
      const response = await app.inject({
        url: '/api/nothing-here',
        headers: { accept: 'text/html' },
      });

      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('route_not_found');
    });
  });
});

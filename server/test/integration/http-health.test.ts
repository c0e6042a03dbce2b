import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/database.js';
import { buildApp } from '../../src/http/app.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { createClosedTestStore, storeKind } from './support/test-store.js';

describe(`health and readiness (${storeKind})`, () => {
  describe('when the store answers', () => {
    let subject: TestApp;

    beforeAll(async () => {
      subject = await createTestApp();
    });

    afterAll(async () => {
      await subject.dispose();
    });

    it('reports the process alive at /health', async () => {
      const response = await subject.app.inject({ url: '/health' });

      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: 'ok' });
    });

    it('reports ready at /ready', async () => {
      const response = await subject.app.inject({ url: '/ready' });

      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: 'ok' });
    });
  });

  describe('when the store is closed', () => {
    let closed: Awaited<ReturnType<typeof createClosedTestStore>>;
    let store: Store;
    let app: FastifyInstance;

    beforeAll(async () => {
      closed = await createClosedTestStore();
      store = await closed.reopen();
      app = await buildApp({ store, config: { logLevel: 'silent' } });
      await store.close();
    });

    afterAll(async () => {
      await app.close();
      await closed.dispose();
    });

    it('answers 503 at /ready in the error shape', async () => {
      const response = await app.inject({
        url: '/ready',
        headers: { 'accept-language': 'en-US' },
      });

      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({
        error: {
          code: 'service_unavailable',
          message: 'The service is unavailable; try again shortly',
          details: [],
          requestId: response.headers['x-request-id'],
        },
      });
    });

    it('still reports the process alive at /health', async () => {
      const response = await app.inject({ url: '/health' });

      expect(response.statusCode).toBe(200);
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, logLevels, type TestApp } from './support/test-app.js';
import { storeKind } from './support/test-store.js';

describe(`API errors (${storeKind})`, () => {
  let subject: TestApp;

  beforeAll(async () => {
    subject = await createTestApp();
  });

  afterAll(async () => {
    await subject.dispose();
  });

  describe('when the route does not exist', () => {
    it('answers 404 in the error shape', async () => {
      const response = await subject.inject({ url: '/api/nothing' });

      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({
        error: {
          code: 'route_not_found',
          message: '请求的地址不存在',
          details: [],
          requestId: response.headers['x-request-id'],
        },
      });
    });

    it('answers in English when Accept-Language prefers it', async () => {
      const response = await subject.inject({
        url: '/api/nothing',
        headers: { 'accept-language': 'en-GB,en;q=0.9,zh-CN;q=0.8' },
      });

      expect(response.json().error.message).toBe('There is no such endpoint');
    });
  });

  describe('when the body is malformed', () => {
    it('answers 400 naming each field path', async () => {
      const response = await subject.inject({
        method: 'POST',
        url: '/api/customers',
        headers: { 'accept-language': 'en-US' },
        payload: { code: 'C001', name: 42, tags: ['a', 7] },
      });
      const { error } = response.json();

      expect(response.statusCode).toBe(400);
      expect(error.code).toBe('validation_failed');
      expect(error.details).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            path: 'body.name',
            code: 'invalid_type',
            message: expect.stringContaining('expected string'),
          }),
          expect.objectContaining({ path: 'body.tags[1]' }),
        ]),
      );
    });

    it('gives zod messages in Chinese by default', async () => {
      const response = await subject.inject({
        method: 'POST',
        url: '/api/customers',
        payload: { code: 'C001', name: 42 },
      });
      const nameIssue = response
        .json()
        .error.details.find(
          (detail: { path: string }) => detail.path === 'body.name',
        );

      expect(response.json().error.message).toBe('请求内容不符合要求');
      expect(nameIssue.message).toMatch(/无效输入/);
    });

    it('answers 400 for a body that is not JSON', async () => {
      const response = await subject.inject({
        method: 'POST',
        url: '/api/customers',
        headers: { 'content-type': 'application/json' },
        payload: '{"code": "C001",',
      });

      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('bad_request');
    });
  });

  describe('when the query string is invalid', () => {
    it('answers 400 naming querystring.limit', async () => {
      const response = await subject.inject({
        url: '/api/customers?limit=0&offset=-1',
      });

      expect(response.statusCode).toBe(400);
      expect(
        response.json().error.details.map((d: { path: string }) => d.path),
      ).toEqual(['querystring.limit', 'querystring.offset']);
    });
  });

  describe('when a refusal is logged', () => {
    it('logs it at info, not as an error', async () => {
      const response = await subject.inject({ url: '/api/nothing' });
      const lines = subject.logs.filter(
        (line) => line.reqId === response.headers['x-request-id'],
      );

      expect(lines.length).toBeGreaterThan(0);
      expect(lines.every((line) => line.level < logLevels.warn)).toBe(true);
    });
  });

  describe('when the request carries an x-request-id', () => {
    it('echoes a sane id', async () => {
      const response = await subject.inject({
        url: '/health',
        headers: { 'x-request-id': 'edge-7f3a.42' },
      });

      expect(response.headers['x-request-id']).toBe('edge-7f3a.42');
    });

    it('replaces an id that is not sane', async () => {
      const response = await subject.inject({
        url: '/health',
        headers: { 'x-request-id': 'x'.repeat(300) },
      });

      expect(response.headers['x-request-id']).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-/,
      );
    });
  });

  describe('when any reply is sent', () => {
    it('carries the basic security headers', async () => {
      const response = await subject.inject({ url: '/api/nothing' });

      expect(response.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
      });
    });
  });

  describe('when credentials are sent', () => {
    it('keeps them out of the logs', async () => {
      await subject.inject({
        url: '/health',
        headers: {
          authorization: 'Bearer secret-token-1',
          cookie: 'session=secret-cookie-2',
        },
      });
      const logged = JSON.stringify(subject.logs);

      expect(logged).not.toContain('secret-token-1');
      expect(logged).not.toContain('secret-cookie-2');
      expect(logged).toContain('[redacted]');
    });
  });
});

describe(`an unexpected database error (${storeKind})`, () => {
  let subject: TestApp;
  let response: Awaited<ReturnType<TestApp['app']['inject']>>;

  beforeAll(async () => {
    subject = await createTestApp();
    await subject.test.store.transaction((connection) =>
      connection.query('alter table customers rename column name to gone'),
    );
    response = await subject.inject({
      url: '/api/customers',
      headers: { 'accept-language': 'en-US' },
    });
  });

  afterAll(async () => {
    await subject.dispose();
  });

  describe('when a list route meets it', () => {
    it('answers a generic 500 with the request id', () => {
      expect(response.statusCode).toBe(500);
      expect(response.json()).toEqual({
        error: {
          code: 'internal_error',
          message: 'Internal error',
          details: [],
          requestId: response.headers['x-request-id'],
        },
      });
    });

    it('shows no SQL, table, driver message or stack', () => {
      expect(response.body).not.toMatch(
        /select|from|customers|column|gone|does not exist|42703|\.ts:|at /i,
      );
    });

    it('logs the error with its stack at error level', () => {
      const logged = subject.logs.find(
        (line) =>
          line.reqId === response.headers['x-request-id'] &&
          line.level === logLevels.error,
      );

      expect(logged?.err?.stack).toMatch(/\n\s+at /);
      expect(logged?.err?.message).toMatch(/gone|name/);
    });
  });
});

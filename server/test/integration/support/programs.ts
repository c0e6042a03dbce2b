import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { stringify } from 'yaml';
import type { TestSession } from './auth-fixtures.js';

/** Every field of DESIGN §4.2, the server's own included, as a user writes. */
export const fullProgramYaml = `# 2027 华东 quarterly rebate
format: tierline/program@1
code: EAST-2027
name: 2027 华东经销商季度返利
currency: CNY
period: { start: 2027-01-01, end: 2027-12-31, settle: quarter, accumulate: period }
eligibility:
  customers:
    include: { codes: [C001, C003], groups: [华东经销商], regions: [华东], tags: [重点] }
    exclude: { codes: [C0042] }
  products:
    include: { categories: [饮料, 粮油, 休闲食品], brands: [清泉] }
    exclude: { skus: [SKU-0009] }
measure: net_amount
base: net_amount
method: retroactive
tiers:
  - { from: "1000000", rate: "2%" }
  - { from: 3000000, rate: "3.5%" }
  - { from: "5000000", rate: "5%", amount: "20000" }
conditions: { paid_within_days: 60, min_categories: 2, min_growth_pct: "5" }
cap: { per_period: "300000", total: "1000000" }
budget: "2000000"
rounding: { scale: 2, mode: half_even }
enrollment: agreement
accrual: { at: forecast }
accounting: { expense_account: "6601.05", liability_account: "2241.03" }
payout:
  form: account_credit
  balance: { valid_days: 365, min_order_amount: "5000", max_order_share: "30%" }
`;

/** A small valid program document; `changes` replace top-level fields. */
export function programDocument(
  code: string,
  changes: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    format: 'tierline/program@1',
    code,
    name: `${code} 季度返利`,
    currency: 'CNY',
    period: { start: '2027-01-01', end: '2027-12-31', settle: 'quarter' },
    eligibility: { customers: { include: { codes: ['C001', 'C003'] } } },
    measure: 'net_amount',
    tiers: [
      { from: '100000', rate: '1%' },
      { from: '500000', rate: '2%' },
    ],
    ...changes,
  };
}

export const yamlOf = (document: Record<string, unknown>): string =>
  stringify(document, { version: '1.2' });

export type FileBody =
  { yaml: string } | { json: Record<string, unknown> | string };

function fileRequest(body: FileBody) {
  return 'yaml' in body
    ? { payload: body.yaml, contentType: 'application/yaml' }
    : {
        payload:
          typeof body.json === 'string' ? body.json : JSON.stringify(body.json),
        contentType: 'application/json',
      };
}

/** POST /api/programs with a program file. */
export function importProgram(
  app: FastifyInstance,
  session: TestSession,
  body: FileBody,
): Promise<LightMyRequestResponse> {
  const { payload, contentType } = fileRequest(body);

  return app.inject({
    method: 'POST',
    url: '/api/programs',
    headers: { ...session.headers, 'content-type': contentType },
    payload,
  });
}

/** POST /api/programs/:code/versions with a program file. */
export function draftVersion(
  app: FastifyInstance,
  session: TestSession,
  code: string,
  body: FileBody,
  effectiveFrom?: string,
): Promise<LightMyRequestResponse> {
  const { payload, contentType } = fileRequest(body);
  const query = effectiveFrom ? `?effectiveFrom=${effectiveFrom}` : '';

  return app.inject({
    method: 'POST',
    url: `/api/programs/${encodeURIComponent(code)}/versions${query}`,
    headers: { ...session.headers, 'content-type': contentType },
    payload,
  });
}

/** PUT /api/programs/:code/versions/:n/file: an edit of a version. */
export function editVersion(
  app: FastifyInstance,
  session: TestSession,
  code: string,
  version: number,
  body: FileBody,
): Promise<LightMyRequestResponse> {
  const { payload, contentType } = fileRequest(body);

  return app.inject({
    method: 'PUT',
    url: `/api/programs/${encodeURIComponent(code)}/versions/${version}/file`,
    headers: { ...session.headers, 'content-type': contentType },
    payload,
  });
}

export type VersionStep = 'submit' | 'approve' | 'reject';

/** POST /api/programs/:code/versions/:n/{submit,approve,reject}. */
export function versionStep(
  app: FastifyInstance,
  session: TestSession,
  code: string,
  version: number,
  step: VersionStep,
  reason?: string,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: `/api/programs/${encodeURIComponent(code)}/versions/${version}/${step}`,
    headers: session.headers,
    ...(reason === undefined ? {} : { payload: { reason } }),
  });
}

/** POST /api/programs/:code/{activate,close}. */
export function programStep(
  app: FastifyInstance,
  session: TestSession,
  code: string,
  step: 'activate' | 'close',
  reason?: string,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: `/api/programs/${encodeURIComponent(code)}/${step}`,
    headers: session.headers,
    ...(reason === undefined ? {} : { payload: { reason } }),
  });
}

/** Fails the test with the reply's body when the status is not the one. */
export function expectStatus(
  reply: LightMyRequestResponse,
  status: number,
): LightMyRequestResponse {
  if (reply.statusCode !== status) {
    throw new Error(
      `expected ${status}, got ${reply.statusCode}: ${reply.body}`,
    );
  }
  return reply;
}

/**
 * Drafts a program as `author`, submits it and has `approver` approve and
 * activate it: an active program with version 1.
 */
export async function activeProgram(
  app: FastifyInstance,
  author: TestSession,
  approver: TestSession,
  document: Record<string, unknown>,
): Promise<void> {
  const code = String(document.code);
  expectStatus(await importProgram(app, author, { json: document }), 201);
  expectStatus(await versionStep(app, author, code, 1, 'submit'), 200);
  expectStatus(await versionStep(app, approver, code, 1, 'approve'), 200);
  expectStatus(await programStep(app, approver, code, 'activate'), 200);
}

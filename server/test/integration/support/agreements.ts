import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { TestSession } from './auth-fixtures.js';
import { multipartFile } from './multipart.js';
import { expectStatus } from './programs.js';

/** The smallest file a PDF reader opens: one empty page. */
export function tinyPdf(text = 'Tierline'): Buffer {
  return Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n' +
      '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n' +
      `% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

/** A PNG signature and the start of its header chunk. */
export const pngBytes = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49,
  0x48, 0x44, 0x52,
]);

/** A Windows executable's first bytes, whatever the file is called. */
export const exeBytes = Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1');

export interface AgreementJson {
  id: number;
  status: string;
  programCode: string;
  customerCode: string;
  contractNo: string | null;
  document: { sha256: string; contentType: string; fileName: string } | null;
  [field: string]: unknown;
}

export async function createAgreementAs(
  app: FastifyInstance,
  session: TestSession,
  body: Record<string, unknown>,
): Promise<AgreementJson> {
  const reply = await app.inject({
    method: 'POST',
    url: '/api/agreements',
    headers: session.headers,
    payload: body,
  });

  return expectStatus(reply, 201).json() as AgreementJson;
}

export function uploadDocument(
  app: FastifyInstance,
  session: TestSession,
  id: number,
  file: { name: string; content: Buffer },
): Promise<LightMyRequestResponse> {
  const { payload, headers } = multipartFile(file);

  return app.inject({
    method: 'PUT',
    url: `/api/agreements/${id}/document`,
    headers: { ...session.headers, ...headers },
    payload,
  });
}

export function agreementStep(
  app: FastifyInstance,
  session: TestSession,
  id: number,
  step: 'activate' | 'terminate' | 'accept',
  payload?: Record<string, unknown>,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: `/api/agreements/${id}/${step}`,
    headers: session.headers,
    ...(payload === undefined ? {} : { payload }),
  });
}

/** A draft agreement with contract, signing date and document: activated. */
export async function activeAgreement(
  app: FastifyInstance,
  session: TestSession,
  programCode: string,
  customerCode: string,
  fields: Record<string, unknown> = {},
): Promise<AgreementJson> {
  const draft = await createAgreementAs(app, session, {
    programCode,
    customerCode,
    contractNo: `HT-${programCode}-${customerCode}`,
    signedOn: '2026-12-20',
    ...fields,
  });
  expectStatus(
    await uploadDocument(app, session, draft.id, {
      name: 'contract.pdf',
      content: tinyPdf(customerCode),
    }),
    200,
  );

  return expectStatus(
    await agreementStep(app, session, draft.id, 'activate'),
    200,
  ).json() as AgreementJson;
}

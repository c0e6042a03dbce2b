// What the API takes and returns for agreements.
import { z } from 'zod';
import { agreementDocumentTypes, agreementStatuses } from '../db/schema.js';
import { customerTermsSchema } from '../programs/customer-terms.js';

const isoDate = z.iso.date().describe('YYYY-MM-DD');
const isoTime = z.string().describe('ISO 8601');

export const agreementIdParams = z.object({
  id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
});

const contractNo = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .describe('The contract number (合同编号)');

export const createAgreementBody = z
  .object({
    programCode: z.string().trim().min(1),
    customerCode: z.string().trim().min(1),
    contractNo: contractNo.optional(),
    signedOn: isoDate.optional().describe('The signing date (签署日期)'),
    periodStart: isoDate
      .optional()
      .describe("The first day covered; default the program's start"),
    periodEnd: isoDate
      .optional()
      .describe("The last day covered; default the program's end"),
  })
  .meta({ id: 'AgreementCreate' });

export type CreateAgreementInput = z.infer<typeof createAgreementBody>;

export const updateAgreementBody = z
  .object({
    contractNo: contractNo.optional(),
    signedOn: isoDate.optional(),
    periodStart: isoDate.optional(),
    periodEnd: isoDate.optional(),
  })
  .meta({ id: 'AgreementUpdate' });

export type UpdateAgreementInput = z.infer<typeof updateAgreementBody>;

export const terminateAgreementBody = z
  .object({ reason: z.string().trim().min(1).max(2000) })
  .meta({ id: 'AgreementTermination' });

export const agreementDocumentSchema = z
  .object({
    fileName: z.string().describe('As uploaded; for display only'),
    contentType: z.enum(agreementDocumentTypes),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    uploadedBy: z.string(),
    uploadedAt: isoTime,
  })
  .meta({ id: 'AgreementDocument' });

export const agreementSummarySchema = z
  .object({
    id: z.number().int(),
    programCode: z.string(),
    programName: z.string(),
    customerCode: z.string(),
    customerName: z.string(),
    status: z.enum(agreementStatuses),
    contractNo: z.string().nullable(),
    signedOn: isoDate.nullable(),
    periodStart: isoDate,
    periodEnd: isoDate,
    document: agreementDocumentSchema.nullable(),
    acceptedAt: isoTime.nullable().describe('When the customer accepted'),
    acceptedBy: z.string().nullable(),
    createdBy: z.string(),
    createdAt: isoTime,
    activatedBy: z.string().nullable(),
    activatedAt: isoTime.nullable(),
    terminatedBy: z.string().nullable(),
    terminatedAt: isoTime.nullable(),
    terminationReason: z.string().nullable(),
    updatedAt: isoTime,
  })
  .meta({ id: 'AgreementSummary' });

export type AgreementSummary = z.infer<typeof agreementSummarySchema>;

export const agreementDetailSchema = agreementSummarySchema
  .extend({
    targets: z.array(
      z.object({
        periodStart: isoDate,
        target: z.string().describe('A decimal amount'),
      }),
    ),
    terms: customerTermsSchema
      .nullable()
      .describe(
        "The program's customer-facing terms (no scope lists); null while " +
          'no version is approved',
      ),
  })
  .meta({ id: 'AgreementDetail' });

export type AgreementDetail = z.infer<typeof agreementDetailSchema>;

export const listAgreementsQuery = {
  program: z.string().trim().min(1).optional().describe('A program code'),
  customer: z.string().trim().min(1).optional().describe('A customer code'),
  status: z.enum(agreementStatuses).optional(),
};

// What the API returns for programs; routes validate and document with these.
import { z } from 'zod';
import {
  programStatuses,
  programVersionStatuses,
} from '../db/program-schema.js';
import { customerTermsSchema } from './customer-terms.js';

const isoDate = z.iso.date().describe('YYYY-MM-DD');
const isoTime = z.string().describe('ISO 8601');

export const programCodeParams = z.object({ code: z.string().min(1) });

export const versionParams = z.object({
  code: z.string().min(1),
  version: z.coerce.number().int().min(1).describe('1, 2, 3 ...'),
});

export const asOfQuery = z.object({
  asOf: isoDate
    .optional()
    .describe('The date that decides the version in force; default today'),
});

export const reasonBody = z
  .object({ reason: z.string().trim().min(1).max(2000) })
  .meta({ id: 'Reason' });

export const optionalReasonBody = z
  .object({ reason: z.string().trim().min(1).max(2000).optional() })
  .meta({ id: 'OptionalReason' });

export const programVersionSchema = z
  .object({
    version: z.number().int(),
    status: z.enum(programVersionStatuses),
    effectiveFrom: isoDate.describe('The start of the first period it governs'),
    author: z.string(),
    submittedBy: z.string().nullable(),
    submittedAt: isoTime.nullable(),
    approvedBy: z.string().nullable(),
    approvedAt: isoTime.nullable(),
    rejectedBy: z.string().nullable(),
    rejectedAt: isoTime.nullable(),
    rejectionReason: z.string().nullable(),
    createdAt: isoTime,
    updatedAt: isoTime,
  })
  .meta({ id: 'ProgramVersion' });

export const programVersionDetailSchema = programVersionSchema
  .extend({
    code: z.string(),
    definition: z
      .record(z.string(), z.unknown())
      .describe('The tierline/program@1 file as JSON, as it was imported'),
  })
  .meta({ id: 'ProgramVersionDetail' });

export const programSummarySchema = z
  .object({
    code: z.string(),
    name: z.string(),
    status: z.enum(programStatuses),
    versionInForce: z
      .number()
      .int()
      .nullable()
      .describe('Of an active or closed program, on the as-of date'),
    latestVersion: z.number().int(),
    updatedAt: isoTime,
  })
  .meta({ id: 'ProgramSummary' });

export const programDetailSchema = z
  .object({
    view: z.literal('full'),
    code: z.string(),
    name: z.string(),
    status: z.enum(programStatuses),
    versionInForce: z.number().int().nullable(),
    createdBy: z.string(),
    createdAt: isoTime,
    activatedBy: z.string().nullable(),
    activatedAt: isoTime.nullable(),
    closedBy: z.string().nullable(),
    closedAt: isoTime.nullable(),
    updatedAt: isoTime,
    versions: z.array(programVersionSchema),
  })
  .meta({ id: 'ProgramDetail' });

export const programTermsViewSchema = z
  .object({
    view: z.literal('terms'),
    code: z.string(),
    name: z.string(),
    status: z.enum(programStatuses),
    version: z.number().int(),
    effectiveFrom: isoDate,
    terms: customerTermsSchema,
  })
  .meta({
    id: 'ProgramTermsView',
    description:
      'What sales reps and customers see: the terms, never the lists of ' +
      'customers in scope',
  });

export const programViewSchema = z.discriminatedUnion('view', [
  programDetailSchema,
  programTermsViewSchema,
]);

export type ProgramVersionView = z.infer<typeof programVersionSchema>;
export type ProgramVersionDetail = z.infer<typeof programVersionDetailSchema>;
export type ProgramSummary = z.infer<typeof programSummarySchema>;
export type ProgramDetail = z.infer<typeof programDetailSchema>;
export type ProgramTermsView = z.infer<typeof programTermsViewSchema>;
export type ProgramView = z.infer<typeof programViewSchema>;

// What the API accepts and returns for customers; the HTTP layer validates
// with these schemas and the use cases take their output.
import { z } from 'zod';

const code = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[^\s,;]+$/, 'a code has no spaces, commas or semicolons')
  .describe('The customer code (客户编码), unique');

const tag = z
  .string()
  .trim()
  .min(1)
  .max(50)
  .regex(/^[^;；]+$/, 'a tag has no semicolon');

export const customerStatuses = ['active', 'inactive'] as const;

const fields = {
  name: z.string().trim().min(1).max(200).describe('客户名称'),
  group: z.string().trim().max(100).describe('客户分组, e.g. 华东经销商'),
  region: z.string().trim().max(100).describe('区域'),
  tags: z.array(tag).max(50).describe('标签'),
  salesRep: z.string().trim().max(64).describe("The sales rep's user code"),
  contact: z.string().trim().max(200).describe('联系人'),
  status: z.enum(customerStatuses),
};

export const customerInputSchema = z
  .object({
    code,
    name: fields.name,
    group: fields.group.default(''),
    region: fields.region.default(''),
    tags: fields.tags.default([]),
    salesRep: fields.salesRep.default(''),
    contact: fields.contact.default(''),
    status: fields.status.default('active'),
  })
  .meta({ id: 'CustomerInput' });

export const customerPatchSchema = z
  .object(fields)
  .partial()
  .meta({ id: 'CustomerPatch' });

export const customerSchema = z
  .object({
    code: z.string(),
    ...fields,
    createdAt: z.string().describe('ISO 8601'),
    updatedAt: z.string().describe('ISO 8601'),
  })
  .meta({ id: 'Customer' });

export type CustomerInput = z.input<typeof customerInputSchema>;
export type CustomerPatch = z.input<typeof customerPatchSchema>;
export type Customer = z.infer<typeof customerSchema>;

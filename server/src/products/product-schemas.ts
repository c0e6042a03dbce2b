// What the API accepts and returns for products. Money and rates are
// decimal strings, never numbers.
import { z } from 'zod';

const sku = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[^\s,;]+$/, 'a sku has no spaces, commas or semicolons')
  .describe('The product code (产品编码), unique');

const fields = {
  name: z.string().trim().min(1).max(200).describe('产品名称'),
  category: z.string().trim().max(100).describe('品类'),
  brand: z.string().trim().max(100).describe('品牌'),
  unit: z.string().trim().max(20).describe('单位, e.g. 箱'),
  listPrice: z
    .string()
    .regex(/^\d{1,14}(\.\d{1,4})?$/, 'a price like "12.50", at most 4 decimals')
    .nullable()
    .describe('单价 excluding VAT, a decimal string'),
  vatRatePct: z
    .string()
    .regex(
      /^(100(\.0{1,2})?|\d{1,2}(\.\d{1,2})?)$/,
      'a percentage from 0 to 100, like "13" or "6.5"',
    )
    .describe('税率 in percent: "13" means 13%'),
};

export const productInputSchema = z
  .object({
    sku,
    name: fields.name,
    category: fields.category.default(''),
    brand: fields.brand.default(''),
    unit: fields.unit.default(''),
    listPrice: fields.listPrice.default(null),
    vatRatePct: fields.vatRatePct.default('13'),
  })
  .meta({ id: 'ProductInput' });

export const productPatchSchema = z
  .object(fields)
  .partial()
  .meta({ id: 'ProductPatch' });

export const productSchema = z
  .object({
    sku: z.string(),
    ...fields,
    createdAt: z.string().describe('ISO 8601'),
    updatedAt: z.string().describe('ISO 8601'),
  })
  .meta({ id: 'Product' });

export type ProductInput = z.input<typeof productInputSchema>;
export type ProductPatch = z.input<typeof productPatchSchema>;
export type Product = z.infer<typeof productSchema>;

import { z } from 'zod';

// The one error shape of the API, as OpenAPI components.

export const errorDetailSchema = z
  .object({
    path: z
      .string()
      .optional()
      .describe('The request field, e.g. `body.tiers[2].from`'),
    row: z.number().int().optional().describe('The 1-based file row'),
    column: z.string().nullable().optional(),
    code: z.string().optional(),
    message: z.string(),
    value: z.string().optional(),
  })
  .meta({ id: 'ErrorDetail' });

const errorObject = z.object({
  code: z.string().describe('Stable machine-readable code'),
  message: z.string().describe('User-safe text in the Accept-Language'),
  details: z.array(errorDetailSchema),
  requestId: z
    .string()
    .describe('The x-request-id of the request, to find it in the logs'),
});

export const errorBodySchema = z
  .object({ error: errorObject })
  .meta({ id: 'Error', description: 'Every error reply has this shape' });

export type ErrorBody = z.infer<typeof errorBodySchema>;

/** An error reply that carries more than the common fields. */
export function errorBodyWith<Shape extends z.ZodRawShape>(
  id: string,
  extra: Shape,
) {
  return z.object({ error: errorObject.extend(extra) }).meta({ id });
}

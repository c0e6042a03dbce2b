import { z } from 'zod';

export const maxPageSize = 500;

/** `limit` and `offset` of a list route's query string. */
export const pagingQuery = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(maxPageSize)
    .default(50)
    .describe(`Page size, 1 to ${maxPageSize}`),
  offset: z.coerce
    .number()
    .int()
    .min(0)
    .default(0)
    .describe('How many items to skip'),
};

/** A page of a list: its items, the total that match, and the paging used. */
export function pageSchema<Item extends z.ZodType>(id: string, item: Item) {
  return z
    .object({
      items: z.array(item),
      total: z.number().int().describe('How many items match in all'),
      limit: z.number().int(),
      offset: z.number().int(),
    })
    .meta({ id });
}

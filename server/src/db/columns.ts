import { numeric, timestamp } from 'drizzle-orm/pg-core';

// Column kinds every schema file shares. Money is numeric(18,2) and stays a
// string in TypeScript; times carry their zone.

/** Money to the fen. */
export const money = (name: string) =>
  numeric(name, { precision: 18, scale: 2 });

/** A moment in time, with its zone. */
export const at = (name: string) => timestamp(name, { withTimezone: true });

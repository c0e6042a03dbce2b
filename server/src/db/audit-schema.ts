import { sql } from 'drizzle-orm';
import {
  bigint,
  char,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

// The audit trail is append-only: `seq` runs 1, 2, 3 ... without gaps and each
// row carries the hash of the one before. The migration `audit_guard` adds the
// triggers that refuse UPDATE and DELETE.

export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    reason: text('reason'),
    requestId: text('request_id'),
    ip: text('ip'),
    prevHash: char('prev_hash', { length: 64 }).notNull(),
    hash: char('hash', { length: 64 }).notNull(),
  },
  (t) => [
    check('audit_log_seq_positive', sql`${t.seq} >= 1`),
    index('audit_log_entity_idx').on(t.entity, t.entityId),
    index('audit_log_at_idx').on(t.at),
  ],
);

/**
 * The head of the chain, one row: writers lock it (SELECT ... FOR UPDATE) so
 * entries are appended one at a time, and it records the last number and hash
 * so a cut-off tail is noticed.
 */
export const auditHead = pgTable(
  'audit_head',
  {
    id: integer('id').primaryKey(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    hash: char('hash', { length: 64 }).notNull(),
  },
  (t) => [check('audit_head_single_row', sql`${t.id} = 1`)],
);

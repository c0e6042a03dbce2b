import { sql } from 'drizzle-orm';
import {
  bigserial,
  char,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { customers } from './schema.js';
import { at } from './columns.js';

// Secrets are never stored: passwords as argon2id hashes, session ids and API
// tokens as sha256 hex digests of their random value.

export const roles = [
  'admin',
  'program_manager',
  'approver',
  'sales_rep',
  'customer',
  'auditor',
] as const;
export type Role = (typeof roles)[number];

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    /** The login name, stored lower-case. */
    username: text('username').notNull(),
    displayName: text('display_name').notNull().default(''),
    role: text('role', { enum: roles }).notNull(),
    /** A sales rep's code, as in customers.sales_rep. */
    userCode: text('user_code'),
    /** The one customer a customer user belongs to. */
    customerId: integer('customer_id').references(() => customers.id),
    passwordHash: text('password_hash').notNull(),
    status: text('status', { enum: ['active', 'disabled'] })
      .notNull()
      .default('active'),
    passwordChangedAt: at('password_changed_at').notNull().defaultNow(),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_username_key').on(t.username),
    check(
      'users_sales_rep_code',
      sql`${t.role} <> 'sales_rep' or ${t.userCode} <> ''`,
    ),
    check(
      'users_customer_bound',
      sql`(${t.role} = 'customer') = (${t.customerId} is not null)`,
    ),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** sha256 hex of the session id held in the cookie. */
    idHash: char('id_hash', { length: 64 }).primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    ip: text('ip').notNull().default(''),
    userAgent: text('user_agent').notNull().default(''),
    createdAt: at('created_at').notNull().defaultNow(),
    lastSeenAt: at('last_seen_at').notNull().defaultNow(),
    expiresAt: at('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    /** sha256 hex of the token. */
    tokenHash: char('token_hash', { length: 64 }).notNull(),
    role: text('role', { enum: roles }).notNull(),
    userCode: text('user_code'),
    customerId: integer('customer_id').references(() => customers.id),
    createdBy: text('created_by').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    expiresAt: at('expires_at'),
    revokedAt: at('revoked_at'),
    lastUsedAt: at('last_used_at'),
  },
  (t) => [
    uniqueIndex('api_tokens_token_hash_key').on(t.tokenHash),
    check(
      'api_tokens_sales_rep_code',
      sql`${t.role} <> 'sales_rep' or ${t.userCode} <> ''`,
    ),
    check(
      'api_tokens_customer_bound',
      sql`(${t.role} = 'customer') = (${t.customerId} is not null)`,
    ),
  ],
);

/** Failed-login counters, one row per source and per account. */
export const loginThrottle = pgTable('login_throttle', {
  /** `source:<ip>`, `account:<username>` or `pair:<username>@<ip>`. */
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  firstFailureAt: at('first_failure_at').notNull(),
  lastFailureAt: at('last_failure_at').notNull(),
  blockedUntil: at('blocked_until'),
});

/** Risk signals for people to look at (预警); security ones for now. */
export const alerts = pgTable(
  'alerts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').notNull(),
    severity: text('severity', { enum: ['info', 'warning', 'critical'] })
      .notNull()
      .default('warning'),
    subject: text('subject').notNull(),
    details: jsonb('details')
      .notNull()
      .default(sql`'{}'::jsonb`),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('alerts_created_idx').on(t.createdAt)],
);

import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from './auth-schema.js';
import { at } from './columns.js';

// A program is a code with a lifecycle (DESIGN §5); its rules live in
// versions. A version is never edited once submitted: a change is a new
// version that takes effect at the start of one of the program's periods.

export const programStatuses = [
  'draft',
  'submitted',
  'approved',
  'active',
  'closed',
] as const;
export type ProgramStatus = (typeof programStatuses)[number];

export const programVersionStatuses = [
  'draft',
  'submitted',
  'approved',
  'rejected',
  'superseded',
] as const;
export type ProgramVersionStatus = (typeof programVersionStatuses)[number];

export const programs = pgTable(
  'programs',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    /** The name of the newest approved version, or of the first draft. */
    name: text('name').notNull(),
    status: text('status', { enum: programStatuses })
      .notNull()
      .default('draft'),
    createdBy: text('created_by').notNull(),
    activatedBy: text('activated_by'),
    activatedAt: at('activated_at'),
    closedBy: text('closed_by'),
    closedAt: at('closed_at'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('programs_code_key').on(t.code)],
);

export const programVersions = pgTable(
  'program_versions',
  {
    id: serial('id').primaryKey(),
    programId: integer('program_id')
      .notNull()
      .references(() => programs.id),
    /** 1, 2, 3 ... within the program. */
    version: integer('version').notNull(),
    status: text('status', { enum: programVersionStatuses })
      .notNull()
      .default('draft'),
    /** The program file (`tierline/program@1`) as validated JSON. */
    definition: jsonb('definition').notNull(),
    /** The start of the first period this version governs. */
    effectiveFrom: date('effective_from').notNull(),
    /** Null when a token or the system wrote it. */
    authorUserId: integer('author_user_id').references(() => users.id),
    author: text('author').notNull(),
    submittedByUserId: integer('submitted_by_user_id').references(
      () => users.id,
    ),
    submittedBy: text('submitted_by'),
    submittedAt: at('submitted_at'),
    approvedBy: text('approved_by'),
    approvedAt: at('approved_at'),
    rejectedBy: text('rejected_by'),
    rejectedAt: at('rejected_at'),
    rejectionReason: text('rejection_reason'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('program_versions_program_version_key').on(
      t.programId,
      t.version,
    ),
    // One change at a time: at most one draft or submitted version.
    uniqueIndex('program_versions_one_open_key')
      .on(t.programId)
      .where(sql`${t.status} in ('draft', 'submitted')`),
    index('program_versions_in_force_idx').on(
      t.programId,
      t.status,
      t.effectiveFrom,
    ),
    check('program_versions_version_positive', sql`${t.version} >= 1`),
    check(
      'program_versions_rejection_reason',
      sql`${t.status} <> 'rejected' or ${t.rejectionReason} <> ''`,
    ),
  ],
);

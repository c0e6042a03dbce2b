import { and, desc, eq, gte, lt, lte, type SQL } from 'drizzle-orm';
import type { Store } from '../db/database.js';
import { auditLog } from '../db/schema.js';
import { readAuditHead, type AuditHead } from './append-audit.js';

export interface AuditFilter {
  actor?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  /** Entries at or after this instant. */
  from?: Date;
  /** Entries before this instant. */
  to?: Date;
  /** Entries numbered below this, for the next page (newest first). */
  beforeSeq?: number;
  limit: number;
}

export interface AuditEntryView {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
  requestId: string | null;
  ip: string | null;
  prevHash: string;
  hash: string;
}

export interface AuditPage {
  entries: AuditEntryView[];
  /** The chain's head, to compare with a later `tierline audit verify`. */
  head: AuditHead;
}

/** Entries matching every given filter, newest first. */
export async function listAudit(
  store: Store,
  filter: AuditFilter,
): Promise<AuditPage> {
  const conditions: (SQL | undefined)[] = [
    filter.actor === undefined ? undefined : eq(auditLog.actor, filter.actor),
    filter.action === undefined
      ? undefined
      : eq(auditLog.action, filter.action),
    filter.entity === undefined
      ? undefined
      : eq(auditLog.entity, filter.entity),
    filter.entityId === undefined
      ? undefined
      : eq(auditLog.entityId, filter.entityId),
    filter.from === undefined ? undefined : gte(auditLog.at, filter.from),
    filter.to === undefined ? undefined : lt(auditLog.at, filter.to),
    filter.beforeSeq === undefined
      ? undefined
      : lte(auditLog.seq, filter.beforeSeq - 1),
  ];

  const rows = await store.db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.seq))
    .limit(filter.limit);
  const head = await store.transaction((connection) =>
    readAuditHead(connection),
  );

  const entries = rows.map((row) => ({
    ...row,
    at: row.at.toISOString(),
  }));
  return { entries, head };
}

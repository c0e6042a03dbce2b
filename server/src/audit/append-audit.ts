import type { Connection, Store } from '../db/database.js';
import { hashAuditRecord, type AuditRecord } from './audit-record.js';
import { toJsonValue } from './canonical-json.js';

/** Who did it, from where: the same for every entry of one request. */
export interface AuditContext {
  actor: string;
  requestId?: string | null;
  ip?: string | null;
}

/** What changed. `before` and `after` are the entity's state, as JSON. */
export interface AuditChange {
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

export interface AuditHead {
  seq: number;
  hash: string;
}

/**
 * Appends one entry inside the caller's transaction, so it commits or rolls
 * back with the change it records. The head row is locked first: writers
 * append one at a time and the chain cannot fork; the database checks that
 * the entry follows the head (migration audit_guard).
 */
export async function appendAudit(
  connection: Connection,
  context: AuditContext,
  change: AuditChange,
  at: Date = new Date(),
): Promise<AuditRecord & { hash: string }> {
  const [head] = await connection.query<{ seq: string; hash: string }>(
    'select seq::text as seq, hash from audit_head where id = 1 for update',
  );
  if (!head) throw new Error('audit_head is missing: run the migrations');

  const record: AuditRecord = {
    seq: Number(head.seq) + 1,
    at: at.toISOString(),
    actor: context.actor,
    action: change.action,
    entity: change.entity,
    entityId:
      change.entityId === undefined || change.entityId === null
        ? null
        : String(change.entityId),
    before: toJsonValue(change.before),
    after: toJsonValue(change.after),
    reason: change.reason ?? null,
    requestId: context.requestId ?? null,
    ip: context.ip ?? null,
    prevHash: head.hash,
  };
  const hash = hashAuditRecord(record);

  await connection.query(
    `insert into audit_log (seq, at, actor, action, entity, entity_id,
       before, after, reason, request_id, ip, prev_hash, hash)
     values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9, $10, $11,
       $12, $13)`,
    [
      record.seq,
      record.at,
      record.actor,
      record.action,
      record.entity,
      record.entityId,
      jsonParam(record.before),
      jsonParam(record.after),
      record.reason,
      record.requestId,
      record.ip,
      record.prevHash,
      hash,
    ],
  );
  return { ...record, hash };
}

/** Appends one entry in a transaction of its own. */
export function appendAuditNow(
  store: Store,
  context: AuditContext,
  change: AuditChange,
): Promise<AuditRecord & { hash: string }> {
  return store.transaction((connection) =>
    appendAudit(connection, context, change),
  );
}

/** The last number and hash of the chain, as recorded by the database. */
export async function readAuditHead(
  connection: Connection,
): Promise<AuditHead> {
  const [head] = await connection.query<{ seq: string; hash: string }>(
    'select seq::text as seq, hash from audit_head where id = 1',
  );
  return head
    ? { seq: Number(head.seq), hash: head.hash }
    : { seq: 0, hash: '' };
}

function jsonParam(value: unknown): string | null {
  return value === null ? null : JSON.stringify(value);
}

import crypto from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

/** The hash before the first entry. */
export const genesisHash = '0'.repeat(64);

/** One stored entry of the audit log, as hashed. */
export interface AuditRecord {
  seq: number;
  /** ISO 8601 in UTC with milliseconds, e.g. 2027-03-31T08:00:00.000Z. */
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
}

/** sha256 over the canonical JSON of every field but the hash itself. */
export function hashAuditRecord(record: AuditRecord): string {
  const content = canonicalJson({
    seq: record.seq,
    at: record.at,
    actor: record.actor,
    action: record.action,
    entity: record.entity,
    entityId: record.entityId,
    before: record.before,
    after: record.after,
    reason: record.reason,
    requestId: record.requestId,
    ip: record.ip,
    prevHash: record.prevHash,
  });
  return crypto.createHash('sha256').update(content).digest('hex');
}

/** Columns that read an entry back exactly as it was hashed. */
export const auditRecordColumns = `
  seq::text as seq,
  to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at,
  actor, action, entity, entity_id as "entityId", before, after, reason,
  request_id as "requestId", ip, prev_hash as "prevHash", hash`;

export interface AuditRow extends Omit<AuditRecord, 'seq'> {
  seq: string;
  hash: string;
}

export function recordOf(row: AuditRow): AuditRecord & { hash: string } {
  return { ...row, seq: Number(row.seq) };
}

import type { Store } from '../db/database.js';
import { readAuditHead, type AuditHead } from './append-audit.js';
import {
  auditRecordColumns,
  genesisHash,
  hashAuditRecord,
  recordOf,
  type AuditRow,
} from './audit-record.js';

/** What can be wrong with the chain, each naming the records concerned. */
export type AuditProblem =
  /** The record's content no longer gives its hash: it was changed. */
  | { kind: 'altered'; seq: number }
  /** The record does not carry the hash of the one before it. */
  | { kind: 'broken_link'; seq: number }
  /** Numbers without a record: deleted, or a cut-off tail. */
  | { kind: 'missing'; fromSeq: number; toSeq: number }
  /** The head the caller holds (from an export) is not in the log. */
  | { kind: 'head_mismatch'; seq: number; expectedHash: string };

export interface AuditVerification {
  ok: boolean;
  records: number;
  /** The last record found in the log, or null when it is empty. */
  head: AuditHead | null;
  /** The head the database recorded as entries were appended. */
  recordedHead: AuditHead;
  problems: AuditProblem[];
}

export interface VerifyOptions {
  /** A head printed earlier (an export, a statement) that must still hold. */
  expectHead?: AuditHead;
  pageSize?: number;
}

/**
 * Walks the whole chain in number order: every number from 1 to the head
 * present, each record hashing to its stored hash and linking to the one
 * before. Reports every problem found, first one first.
 */
export function verifyAudit(
  store: Store,
  options: VerifyOptions = {},
): Promise<AuditVerification> {
  const pageSize = options.pageSize ?? 1000;

  return store.transaction(async (connection) => {
    await connection.query('set transaction isolation level repeatable read');
    const recordedHead = await readAuditHead(connection);
    const problems: AuditProblem[] = [];
    const expected = options.expectHead;
    let hashAtExpected: string | null = null;
    let previous = { seq: 0, hash: genesisHash };
    let records = 0;

    for (;;) {
      const rows = await connection.query<AuditRow>(
        `select ${auditRecordColumns} from audit_log
          where audit_log.seq > $1 order by audit_log.seq limit $2`,
        [previous.seq, pageSize],
      );
      for (const row of rows) {
        const record = recordOf(row);
        records += 1;

        if (record.seq !== previous.seq + 1) {
          problems.push({
            kind: 'missing',
            fromSeq: previous.seq + 1,
            toSeq: record.seq - 1,
          });
        } else if (record.prevHash !== previous.hash) {
          problems.push({ kind: 'broken_link', seq: record.seq });
        }
        if (hashAuditRecord(record) !== record.hash) {
          problems.push({ kind: 'altered', seq: record.seq });
        }

        if (record.seq === expected?.seq) hashAtExpected = record.hash;
        previous = { seq: record.seq, hash: record.hash };
      }
      if (rows.length < pageSize) break;
    }

    const head = records > 0 ? previous : null;
    const lastSeq = head?.seq ?? 0;
    if (recordedHead.seq > lastSeq) {
      problems.push({
        kind: 'missing',
        fromSeq: lastSeq + 1,
        toSeq: recordedHead.seq,
      });
    }
    if (expected && expected.seq > Math.max(lastSeq, recordedHead.seq)) {
      problems.push({
        kind: 'missing',
        fromSeq: Math.max(lastSeq, recordedHead.seq) + 1,
        toSeq: expected.seq,
      });
    } else if (expected && expected.seq <= lastSeq) {
      if (hashAtExpected !== expected.hash) {
        problems.push({
          kind: 'head_mismatch',
          seq: expected.seq,
          expectedHash: expected.hash,
        });
      }
    }

    return { ok: problems.length === 0, records, head, recordedHead, problems };
  });
}

/** One line for a person. */
export function describeAuditProblem(problem: AuditProblem): string {
  switch (problem.kind) {
    case 'altered':
      return `record #${problem.seq} was altered: its content does not match its hash`;
    case 'broken_link':
      return `record #${problem.seq} does not carry the hash of record #${problem.seq - 1}`;
    case 'missing':
      return problem.fromSeq === problem.toSeq
        ? `record #${problem.fromSeq} is missing`
        : `records #${problem.fromSeq} to #${problem.toSeq} are missing`;
    case 'head_mismatch':
      return `record #${problem.seq} does not have the expected head hash ${problem.expectedHash}`;
  }
}

// The stored agreement as the use cases' raw SQL reads it.
import {
  customerIdScopeSql,
  sqlParams,
  type DataScope,
} from '../auth/scope.js';
import type { Connection } from '../db/database.js';
import type { AgreementDocumentType, AgreementStatus } from '../db/schema.js';
import { isoTime } from '../programs/program-rows.js';
import { AgreementError } from './agreement-errors.js';
import type { AgreementSummary } from './agreement-schemas.js';

type Timestamp = Date | string;

export interface AgreementRow {
  id: number;
  programCode: string;
  programName: string;
  customerId: number;
  customerCode: string;
  customerName: string;
  status: AgreementStatus;
  contractNo: string | null;
  signedOn: string | null;
  periodStart: string;
  periodEnd: string;
  documentId: number | null;
  fileName: string | null;
  contentType: AgreementDocumentType | null;
  sizeBytes: number | null;
  sha256: string | null;
  uploadedBy: string | null;
  uploadedAt: Timestamp | null;
  acceptedAt: Timestamp | null;
  acceptedBy: string | null;
  createdBy: string;
  createdAt: Timestamp;
  activatedBy: string | null;
  activatedAt: Timestamp | null;
  terminatedBy: string | null;
  terminatedAt: Timestamp | null;
  terminationReason: string | null;
  updatedAt: Timestamp;
}

/** The select list and joins; `a` is the agreement. */
export const agreementFrom = `
  select a.id::int as id, a.program_code as "programCode",
         p.name as "programName", a.customer_id as "customerId",
         c.code as "customerCode", c.name as "customerName", a.status,
         a.contract_no as "contractNo", a.signed_on::text as "signedOn",
         a.period_start::text as "periodStart",
         a.period_end::text as "periodEnd", a.document_id::int as "documentId",
         d.file_name as "fileName", d.content_type as "contentType",
         d.size_bytes as "sizeBytes", d.sha256, d.uploaded_by as "uploadedBy",
         d.uploaded_at as "uploadedAt", a.accepted_at as "acceptedAt",
         a.accepted_by as "acceptedBy", a.created_by as "createdBy",
         a.created_at as "createdAt", a.activated_by as "activatedBy",
         a.activated_at as "activatedAt", a.terminated_by as "terminatedBy",
         a.terminated_at as "terminatedAt",
         a.termination_reason as "terminationReason",
         a.updated_at as "updatedAt"
    from agreements a
    join programs p on p.code = a.program_code
    join customers c on c.id = a.customer_id
    left join agreement_documents d on d.id = a.document_id`;

/**
 * The agreement when the caller's data scope holds its customer; locked for the transaction when `forUpdate`. Out of scope
 * reads as not found, so no other customer's agreement is ever confirmed.
 */
export async function findAgreement(
  connection: Connection,
  id: number,
  scope: DataScope,
  forUpdate = false,
): Promise<AgreementRow> {
  const { params, param } = sqlParams([id]);
  const [row] = await connection.query<AgreementRow>(
    `${agreementFrom}
      where a.id = $1 and ${customerIdScopeSql(scope, 'a.customer_id', param)}
      ${forUpdate ? 'for update of a' : ''}`,
    params,
  );
  if (!row) throw new AgreementError('agreement_not_found');

  return row;
}

export function toAgreementSummary(row: AgreementRow): AgreementSummary {
  return {
    id: row.id,
    programCode: row.programCode,
    programName: row.programName,
    customerCode: row.customerCode,
    customerName: row.customerName,
    status: row.status,
    contractNo: row.contractNo,
    signedOn: row.signedOn,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    document:
      row.documentId === null ||
      row.fileName === null ||
      row.contentType === null ||
      row.sizeBytes === null ||
      row.sha256 === null ||
      row.uploadedBy === null ||
      row.uploadedAt === null
        ? null
        : {
            fileName: row.fileName,
            contentType: row.contentType,
            sizeBytes: row.sizeBytes,
            sha256: row.sha256,
            uploadedBy: row.uploadedBy,
            uploadedAt: isoTime(row.uploadedAt),
          },
    acceptedAt: isoTime(row.acceptedAt),
    acceptedBy: row.acceptedBy,
    createdBy: row.createdBy,
    createdAt: isoTime(row.createdAt),
    activatedBy: row.activatedBy,
    activatedAt: isoTime(row.activatedAt),
    terminatedBy: row.terminatedBy,
    terminatedAt: isoTime(row.terminatedAt),
    terminationReason: row.terminationReason,
    updatedAt: isoTime(row.updatedAt),
  };
}

/** What an audit entry records of an agreement before and after a change. */
export interface AgreementState {
  status: AgreementStatus;
  contractNo: string | null;
  signedOn: string | null;
  periodStart: string;
  periodEnd: string;
  documentSha256: string | null;
  acceptedAt: string | null;
}

export function agreementState(row: AgreementRow): AgreementState {
  return {
    status: row.status,
    contractNo: row.contractNo,
    signedOn: row.signedOn,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    documentSha256: row.sha256,
    acceptedAt: isoTime(row.acceptedAt),
  };
}

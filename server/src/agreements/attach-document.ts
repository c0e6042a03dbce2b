import crypto from 'node:crypto';
import path from 'node:path';
import { allData } from '../auth/scope.js';
import type { Store } from '../db/database.js';
import type { ProgramActor } from '../programs/program-actor.js';
import { AgreementError } from './agreement-errors.js';
import { readAgreementDetail } from './agreement-detail.js';
import { agreementState, findAgreement } from './agreement-rows.js';
import type { AgreementDetail } from './agreement-schemas.js';
import { sniffDocumentType } from './document-type.js';
import { recordAgreementChange } from './record-agreement-change.js';
import { assertDraft } from './update-agreement.js';

export interface DocumentUpload {
  /** The uploader's name for the file; kept for display only. */
  fileName: string;
  content: Buffer;
}

/**
 * Stores the signed document of a draft agreement in the database, with its
 * sha256. An earlier upload stays stored; the agreement points at the new.
 */
export async function attachDocument(
  store: Store,
  id: number,
  upload: DocumentUpload,
  maxBytes: number,
  actor: ProgramActor,
): Promise<AgreementDetail> {
  if (upload.content.length > maxBytes) {
    throw new AgreementError('document_too_large', [
      {
        message: `at most ${maxBytes} bytes`,
        value: String(upload.content.length),
      },
    ]);
  }
  const contentType = sniffDocumentType(upload.content);
  if (contentType === null) {
    throw new AgreementError('document_type_not_allowed', [
      { path: 'file', message: 'not a PDF, PNG or JPEG file' },
    ]);
  }
  const sha256 = crypto
    .createHash('sha256')
    .update(upload.content)
    .digest('hex');
  const fileName = displayName(upload.fileName);

  return store.transaction(async (connection) => {
    const before = await findAgreement(connection, id, allData, true);
    assertDraft(before);

    const [document] = await connection.query<{ id: number }>(
      `insert into agreement_documents (agreement_id, file_name,
         content_type, size_bytes, sha256, content, uploaded_by)
       values ($1, $2, $3, $4, $5, $6, $7)
       returning id::int as id`,
      [
        id,
        fileName,
        contentType,
        upload.content.length,
        sha256,
        upload.content,
        actor.audit.actor,
      ],
    );
    if (!document) throw new Error('insert into agreement_documents failed');
    await connection.query(
      `update agreements set document_id = $2, updated_at = now()
        where id = $1`,
      [id, document.id],
    );

    const after = await findAgreement(connection, id, allData);
    await recordAgreementChange(connection, actor.audit, {
      action: 'agreement.document.attach',
      agreementId: id,
      before: agreementState(before),
      after: {
        ...agreementState(after),
        document: { fileName, contentType, sizeBytes: upload.content.length },
      },
    });

    return readAgreementDetail(connection, id, allData);
  });
}

/** The base name only, without control characters, at most 200 long. */
function displayName(fileName: string): string {
  const base = path.basename(fileName.replaceAll('\\', '/'));
  const clean = [...base]
    .filter((char) => (char.codePointAt(0) ?? 0) >= 0x20 && char !== '\u007f')
    .join('')
    .slice(0, 200);

  return clean === '' ? 'document' : clean;
}

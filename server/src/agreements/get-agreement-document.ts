import type { DataScope } from '../auth/scope.js';
import type { Store } from '../db/database.js';
import type { AgreementDocumentType } from '../db/schema.js';
import { AgreementError } from './agreement-errors.js';
import { findAgreement } from './agreement-rows.js';

export interface StoredDocument {
  agreementId: number;
  contractNo: string | null;
  fileName: string;
  contentType: AgreementDocumentType;
  sha256: string;
  content: Buffer;
}

/** The agreement's current document, for those whose scope holds it. */
export async function getAgreementDocument(
  store: Store,
  id: number,
  scope: DataScope,
): Promise<StoredDocument> {
  return store.transaction(async (connection) => {
    const agreement = await findAgreement(connection, id, scope);
    if (agreement.documentId === null) {
      throw new AgreementError('document_not_found');
    }

    const [row] = await connection.query<{
      fileName: string;
      contentType: AgreementDocumentType;
      sha256: string;
      content: Uint8Array;
    }>(
      `select file_name as "fileName", content_type as "contentType",
              sha256, content
         from agreement_documents where id = $1`,
      [agreement.documentId],
    );
    if (!row) throw new AgreementError('document_not_found');

    // pg gives a Buffer, PGlite a Uint8Array over the same bytes.
    return {
      agreementId: id,
      contractNo: agreement.contractNo,
      fileName: row.fileName,
      contentType: row.contentType,
      sha256: row.sha256,
      content: Buffer.from(
        row.content.buffer,
        row.content.byteOffset,
        row.content.byteLength,
      ),
    };
  });
}

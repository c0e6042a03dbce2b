import type { DataScope } from '../auth/scope.js';
import type { Store } from '../db/database.js';
import { readAgreementDetail } from './agreement-detail.js';
import type { AgreementDetail } from './agreement-schemas.js';

export function getAgreement(
  store: Store,
  id: number,
  scope: DataScope,
): Promise<AgreementDetail> {
  return store.transaction((connection) =>
    readAgreementDetail(connection, id, scope),
  );
}

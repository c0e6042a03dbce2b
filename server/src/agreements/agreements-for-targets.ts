// Targets live on agreements (DESIGN §5). A targets file may name a customer
// that has no live agreement for the program yet: finance often sets targets
// before the contract is signed, so the import opens a draft agreement over
// the program's term for it, to be completed and activated later. A draft
// enrolls nobody, so an `enrollment: agreement` program still accrues
// nothing for that customer until the agreement is active.
import { appendAudit } from '../audit/append-audit.js';
import type { Connection } from '../db/database.js';

/**
 * Opens a draft agreement for every (program, customer) of the staged
 * targets without a live one, in the import's transaction, and records them
 * in one audit entry under the batch's actor.
 */
export async function openAgreementsForTargets(
  connection: Connection,
  stagingTable: string,
  batchId: number,
): Promise<void> {
  const created = await connection.query<{
    id: number;
    programCode: string;
    customerId: number;
  }>(
    `insert into agreements (program_code, customer_id, period_start,
       period_end, created_by, created_by_batch_id)
     select pairs.program_code, pairs.customer_id,
            (v.definition->'period'->>'start')::date,
            (v.definition->'period'->>'end')::date, b.actor, b.id
       from (select distinct program_code, customer_id
               from ${stagingTable}) pairs
       join programs p on p.code = pairs.program_code
       join lateral (
         select definition from program_versions
          where program_id = p.id and status <> 'rejected'
          order by version desc limit 1
       ) v on true
       join import_batches b on b.id = $1
      where not exists (
        select 1 from agreements a
         where a.program_code = pairs.program_code
           and a.customer_id = pairs.customer_id
           and a.status <> 'terminated')
      order by pairs.program_code, pairs.customer_id
     returning id::int as id, program_code as "programCode",
               customer_id as "customerId"`,
    [batchId],
  );
  if (created.length === 0) return;

  const [batch] = await connection.query<{ actor: string }>(
    'select actor from import_batches where id = $1',
    [batchId],
  );
  await appendAudit(
    connection,
    { actor: batch?.actor ?? 'import' },
    {
      action: 'agreement.create_for_targets',
      entity: 'import_batch',
      entityId: batchId,
      after: {
        status: 'draft',
        agreements: created.map((row) => ({
          id: row.id,
          programCode: row.programCode,
          customerId: row.customerId,
        })),
      },
    },
  );
}

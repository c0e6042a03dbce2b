// targets.csv into targets (DESIGN §4.1), idempotent on
// (program, customer, period_start): a target is never overwritten. Each
// target is stored on the customer's live agreement for the program, which
// the import opens as a draft when there is none (agreements-for-targets.ts).
import { openAgreementsForTargets } from '../agreements/agreements-for-targets.js';
import {
  readTargetRecord,
  targetColumns,
  type TargetColumn,
  type TargetRecord,
} from '../files/target-record.js';
import { loadProgramPeriodStarts } from '../targets/program-period-starts.js';
import { idOf, loadCodeIndex } from './code-index.js';
import { copyText } from './copy-text.js';
import { factPlan } from './fact-plan.js';
import { STAGING_TABLE, type StagingSpec } from './staging.js';

const TARGETS_LOCK = 7_201_102;

const targetsStaging: StagingSpec = {
  target: 'targets',
  key: [
    { name: 'program_code', type: 'text', fileColumn: 'program' },
    {
      name: 'customer_id',
      type: 'integer',
      fileColumn: 'customer_code',
      display: (alias) =>
        `(select code from customers where id = ${alias}.customer_id)`,
    },
    { name: 'period_start', type: 'date', fileColumn: 'period_start' },
  ],
  content: [{ name: 'target', type: 'numeric(18,2)', fileColumn: 'target' }],
  describeKey: ([program, customer, periodStart]) =>
    `the target of ${customer} in ${program} from ${periodStart}`,
};

const targetsFacts = factPlan<TargetColumn, TargetRecord>({
  staging: targetsStaging,
  lockKey: TARGETS_LOCK,
  direct: false,
  async prepare(connection) {
    const customers = await loadCodeIndex(connection, 'customers');
    const periodStarts = await loadProgramPeriodStarts(connection);
    const references = {
      hasCustomer: (code: string) => customers.has(code),
      hasProgram: (code: string) => periodStarts.has(code),
      periodStarts: (code: string) => periodStarts.get(code) ?? [],
    };

    return {
      columns: targetColumns,
      read: (reader) => readTargetRecord(reader, references),
      keyOf: (target) =>
        `${target.program}\u0000${target.customerCode}\u0000${target.periodStart}`,
      copyFields: (target) =>
        `${copyText(target.program)}\t` +
        `${idOf(customers, target.customerCode)}\t${target.periodStart}\t` +
        `${target.target}`,
    };
  },
});

export const targetsImportPlan: typeof targetsFacts = {
  ...targetsFacts,
  async store(connection, batchId) {
    await openAgreementsForTargets(connection, STAGING_TABLE, batchId);
    await connection.query(
      `insert into targets (batch_id, agreement_id, program_code, customer_id,
         period_start, target)
       select $1, a.id, s.program_code, s.customer_id, s.period_start,
              s.target
         from ${STAGING_TABLE} s
         join agreements a on a.program_code = s.program_code
          and a.customer_id = s.customer_id and a.status <> 'terminated'`,
      [batchId],
    );
  },
};

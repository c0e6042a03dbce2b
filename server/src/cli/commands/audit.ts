import type { Command } from 'commander';
import {
  describeAuditProblem,
  verifyAudit,
  type AuditVerification,
} from '../../audit/verify-audit.js';
import type { AuditHead } from '../../audit/append-audit.js';
import { UserError } from '../cli-errors.js';
import { withStore } from '../with-store.js';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('the audit trail');

  audit
    .command('verify')
    .description(
      'check the hash chain: every record present, unchanged and linked; ' +
        'exits 1 when it is broken',
    )
    .option(
      '--expect-head <seq:hash>',
      'a head printed earlier (on an export or a statement) that must still be in the chain',
    )
    .option('--json', 'print the result as JSON')
    .action(async (options: { expectHead?: string; json?: boolean }) => {
      const expectHead = options.expectHead
        ? parseHead(options.expectHead)
        : undefined;
      const result = await withStore('audit verify', (store) =>
        verifyAudit(store, { expectHead }),
      );

      if (options.json) console.log(JSON.stringify(result, null, 2));
      else printVerification(result);
      if (!result.ok) process.exitCode = 1;
    });
}

function printVerification(result: AuditVerification): void {
  const [first] = result.problems;
  console.log(`records: ${result.records}`);
  if (first) {
    console.log(`BROKEN: ${result.problems.length} problem(s)`);
    console.log(`first: ${describeAuditProblem(first)}`);
    for (const problem of result.problems.slice(1)) {
      console.log(`also:  ${describeAuditProblem(problem)}`);
    }
  } else {
    console.log('OK: every record is present, unchanged and linked');
  }
  console.log(`head: ${formatHead(result.head)}`);
  if (result.recordedHead.seq !== (result.head?.seq ?? 0)) {
    console.log(`recorded head: ${formatHead(result.recordedHead)}`);
  }
}

function formatHead(head: AuditHead | null): string {
  return head ? `#${head.seq} ${head.hash}` : 'none (the log is empty)';
}

function parseHead(text: string): AuditHead {
  const match = /^#?(\d+):([0-9a-f]{64})$/.exec(text.trim());
  if (!match?.[1] || !match[2]) {
    throw new UserError(
      '--expect-head takes <seq>:<sha256 hex>, e.g. 42:3f0a…',
    );
  }
  return { seq: Number(match[1]), hash: match[2] };
}

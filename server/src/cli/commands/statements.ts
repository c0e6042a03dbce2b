// `tierline statement ...`: statements (返利对账单, DESIGN §5) issued,
// listed, written to PDF, answered and resolved as the user named by --as,
// under the same policy table, data scope and separation of duties as the
// API.
import fs from 'node:fs';
import type { Command } from 'commander';
import { AuthError } from '../../auth/auth-errors.js';
import { scopeFor } from '../../auth/scope.js';
import type { Store } from '../../db/database.js';
import { statementStatuses } from '../../db/statement-schema.js';
import { locales, type Locale } from '../../http/locale.js';
import { answerStatement } from '../../statements/answer-statement.js';
import { issueStatement } from '../../statements/issue-statement.js';
import { listStatements } from '../../statements/list-statements.js';
import { renderStatementPdf } from '../../statements/render-statement-pdf.js';
import { resolveDispute } from '../../statements/resolve-dispute.js';
import { StatementError } from '../../statements/statement-errors.js';
import {
  findStatement,
  readStatementDocument,
  type StatementRow,
} from '../../statements/statement-rows.js';
import { statementView } from '../../statements/statement-view.js';
import { UserError } from '../cli-errors.js';
import { withStore as openStoreFor } from '../with-store.js';
import { actingUser, asUserOption } from './acting-user.js';

interface AsOptions {
  as: string;
}

async function withStore<T>(
  command: string,
  fn: (store: Store) => Promise<T>,
): Promise<T> {
  try {
    return await openStoreFor(command, fn);
  } catch (error) {
    throw asUserError(error);
  }
}

function asUserError(error: unknown): unknown {
  if (error instanceof StatementError) {
    const details = error.details.map((detail) =>
      detail.path ? `${detail.path}: ${detail.message}` : detail.message,
    );
    return new UserError(
      [`${error.code}: ${error.message}`, ...details].join('\n  '),
    );
  }
  if (error instanceof AuthError) {
    return new UserError(`${error.code}: ${error.message}`);
  }

  return error;
}

function statementId(text: string): number {
  const id = Number(text);
  if (!Number.isSafeInteger(id) || id < 1) {
    throw new UserError(`not a statement id: ${text}`);
  }

  return id;
}

function localeOption(text: string | undefined): Locale {
  const locale = locales.find((known) => known === text);
  if (text !== undefined && locale === undefined) {
    throw new UserError(`--lang takes ${locales.join(' or ')}`);
  }

  return locale ?? 'zh-CN';
}

function describeStatement(row: StatementRow): string {
  const answer =
    row.disputeComment === null ? '' : `\n  dispute: ${row.disputeComment}`;
  const resolution =
    row.resolutionReason === null
      ? ''
      : `\n  resolution: ${row.resolutionReason}`;
  const adjustment =
    row.adjustmentAmount === null
      ? ''
      : `\n  adjustment ${row.adjustmentAmount} in the period from ` +
        (row.adjustmentPeriodStart ?? '(none open: owed on its own)');

  return (
    `${String(row.id)} ${row.statementNo} (${row.status}): ` +
    `${row.customerCode} ${row.customerName}, ${row.programCode} ` +
    `${row.periodStart} – ${row.periodEnd}, owed ${row.owedAmount}` +
    answer +
    resolution +
    adjustment
  );
}

export function registerStatementCommands(program: Command): void {
  const command = program
    .command('statement')
    .description(
      'rebate statements: issue, list, pdf, confirm, dispute, resolve; ' +
        'acts as the user named by --as',
    );

  command
    .command('issue')
    .description(
      "issue a customer's statement for one period of a program (a preview " +
        'while the period is open)',
    )
    .requiredOption('--customer <code>', 'the customer code')
    .requiredOption('--program <code>', 'the program code')
    .requiredOption('--period <date>', 'the start of the settlement period')
    .addOption(asUserOption())
    .action(
      async (
        options: AsOptions & {
          customer: string;
          program: string;
          period: string;
        },
      ) => {
        const row = await withStore('statement issue', async (store) => {
          const actor = await actingUser(store, options.as, 'statements.issue');
          return issueStatement(
            store,
            {
              customerCode: options.customer,
              programCode: options.program,
              periodStart: options.period,
            },
            actor,
          );
        });
        console.log(describeStatement(row));
      },
    );

  command
    .command('list')
    .description('the statements the user may see, newest first')
    .option('--customer <code>', 'only this customer')
    .option('--program <code>', 'only this program')
    .option('--status <status>', statementStatuses.join(' | '))
    .option('--limit <n>', 'how many', '50')
    .option('--json', 'print JSON')
    .addOption(asUserOption())
    .action(
      async (
        options: AsOptions & {
          customer?: string;
          program?: string;
          status?: string;
          limit: string;
          json?: boolean;
        },
      ) => {
        const status = statementStatuses.find(
          (known) => known === options.status,
        );
        if (options.status !== undefined && status === undefined) {
          throw new UserError(`--status takes ${statementStatuses.join(', ')}`);
        }
        const limit = Number(options.limit);
        if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
          throw new UserError('--limit takes 1 to 500');
        }

        const page = await withStore('statement list', async (store) => {
          const actor = await actingUser(store, options.as, 'statements.read');
          return listStatements(
            store,
            {
              customerCode: options.customer,
              programCode: options.program,
              status,
              limit,
              offset: 0,
            },
            scopeFor(actor.principal, 'statements.read'),
          );
        });
        if (options.json === true) {
          console.log(JSON.stringify(page, null, 2));
          return;
        }
        for (const row of page.items) console.log(describeStatement(row));
        console.log(`${String(page.items.length)} of ${String(page.total)}`);
      },
    );

  command
    .command('pdf')
    .description('write a statement as a PDF file')
    .argument('<id>')
    .requiredOption('--out <file>', 'the PDF file to write')
    .option('--lang <locale>', 'zh-CN (default) or en-US')
    .addOption(asUserOption())
    .action(
      async (
        id: string,
        options: AsOptions & { out: string; lang?: string },
      ) => {
        const locale = localeOption(options.lang);
        const document = await withStore('statement pdf', async (store) => {
          const actor = await actingUser(store, options.as, 'statements.read');
          const scope = scopeFor(actor.principal, 'statements.read');
          return store.transaction(async (connection) => {
            await findStatement(connection, statementId(id), scope);
            return readStatementDocument(connection, statementId(id));
          });
        });
        const pdf = await renderStatementPdf(
          statementView(document, locale),
        ).catch((error: unknown) => {
          throw asUserError(error);
        });
        fs.writeFileSync(options.out, pdf);
        console.log(`${document.statementNo}: ${options.out}`);
      },
    );

  command
    .command('confirm')
    .description("confirm a statement (the customer's own users)")
    .argument('<id>')
    .addOption(asUserOption())
    .action(async (id: string, options: AsOptions) => {
      const row = await withStore('statement confirm', async (store) => {
        const actor = await actingUser(store, options.as, 'statements.answer');
        return answerStatement(
          store,
          statementId(id),
          { kind: 'confirm' },
          actor,
          scopeFor(actor.principal, 'statements.answer'),
        );
      });
      console.log(describeStatement(row));
    });

  command
    .command('dispute')
    .description('dispute a statement, saying why')
    .argument('<id>')
    .requiredOption('--comment <text>', 'what is wrong, for finance')
    .addOption(asUserOption())
    .action(async (id: string, options: AsOptions & { comment: string }) => {
      const row = await withStore('statement dispute', async (store) => {
        const actor = await actingUser(store, options.as, 'statements.answer');
        return answerStatement(
          store,
          statementId(id),
          { kind: 'dispute', comment: options.comment },
          actor,
          scopeFor(actor.principal, 'statements.answer'),
        );
      });
      console.log(describeStatement(row));
    });

  command
    .command('resolve')
    .description(
      'resolve a dispute: --adjust AMOUNT books a correction in the next ' +
        'open period, --reject with --reason turns it down',
    )
    .argument('<id>')
    .option('--adjust <amount>', 'more owed (negative: less), to the fen')
    .option('--reject', 'reject the dispute')
    .option('--reason <text>', 'why (required with --reject)')
    .addOption(asUserOption())
    .action(
      async (
        id: string,
        options: AsOptions & {
          adjust?: string;
          reject?: boolean;
          reason?: string;
        },
      ) => {
        if ((options.adjust === undefined) === (options.reject !== true)) {
          throw new UserError('give either --adjust AMOUNT or --reject');
        }
        const resolution =
          options.adjust === undefined
            ? { outcome: 'rejection' as const, reason: options.reason ?? '' }
            : {
                outcome: 'adjustment' as const,
                amount: options.adjust,
                reason: options.reason,
              };

        const row = await withStore('statement resolve', async (store) => {
          const actor = await actingUser(
            store,
            options.as,
            'statements.resolve',
          );
          return resolveDispute(
            store,
            statementId(id),
            resolution,
            actor,
            scopeFor(actor.principal, 'statements.resolve'),
          );
        });
        console.log(describeStatement(row));
      },
    );
}

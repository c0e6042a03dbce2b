import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { z } from 'zod';
import { acceptAgreement } from '../../agreements/accept-agreement.js';
import { activateAgreement } from '../../agreements/activate-agreement.js';
import { AgreementError } from '../../agreements/agreement-errors.js';
import {
  createAgreementBody,
  updateAgreementBody,
  type AgreementDetail,
  type AgreementSummary,
} from '../../agreements/agreement-schemas.js';
import { attachDocument } from '../../agreements/attach-document.js';
import { createAgreement } from '../../agreements/create-agreement.js';
import { documentMaxBytes } from '../../agreements/document-limit.js';
import { getAgreement } from '../../agreements/get-agreement.js';
import { getAgreementDocument } from '../../agreements/get-agreement-document.js';
import { listAgreements } from '../../agreements/list-agreements.js';
import { terminateAgreement } from '../../agreements/terminate-agreement.js';
import { updateAgreement } from '../../agreements/update-agreement.js';
import type { Action } from '../../auth/policy.js';
import { scopeFor } from '../../auth/scope.js';
import type { Store } from '../../db/database.js';
import { agreementStatuses, type AgreementStatus } from '../../db/schema.js';
import type { ProgramActor } from '../../programs/program-actor.js';
import { UserError } from '../cli-errors.js';
import { withStore as openStoreFor } from '../with-store.js';
import { actingUser, asUserOption } from './acting-user.js';
import { asUserError } from './program-output.js';

interface AsOptions {
  as: string;
}

interface DetailsOptions extends AsOptions {
  contractNo?: string;
  signedOn?: string;
  from?: string;
  to?: string;
}

/** Opens the store and acts as the user; refusals print as messages. */
async function asUser<T>(
  command: string,
  options: AsOptions,
  action: Action,
  fn: (store: Store, actor: ProgramActor) => Promise<T>,
): Promise<T> {
  try {
    return await openStoreFor(command, async (store) =>
      fn(store, await actingUser(store, options.as, action)),
    );
  } catch (error) {
    throw asUserError(agreementRefusal(error));
  }
}

function agreementRefusal(error: unknown): unknown {
  if (!(error instanceof AgreementError)) return error;
  const details = error.details.map((detail) =>
    detail.path ? `${detail.path}: ${detail.message}` : detail.message,
  );

  return new UserError(
    [`${error.code}: ${error.message}`, ...details].join('\n  '),
  );
}

function agreementId(text: string): number {
  const id = Number(text);
  if (!Number.isSafeInteger(id) || id < 1) {
    throw new UserError(`an agreement id is a whole number, got "${text}"`);
  }
  return id;
}

/** The options through the API's own schema, so both refuse alike. */
function parsed<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
): z.infer<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;

  const problems = result.error.issues.map(
    (issue) => `${issue.path.join('.')}: ${issue.message}`,
  );
  throw new UserError(['agreement_invalid', ...problems].join('\n  '));
}

function details(options: DetailsOptions) {
  return {
    contractNo: options.contractNo,
    signedOn: options.signedOn,
    periodStart: options.from,
    periodEnd: options.to,
  };
}

/** "#12 TARGET-2027 C001 (active): HT-2027-001 signed 2026-12-20" */
function describeAgreement(agreement: AgreementSummary): string {
  const contract = agreement.contractNo
    ? `${agreement.contractNo} signed ${agreement.signedOn ?? '?'}`
    : 'no contract yet';
  const document = agreement.document
    ? `, ${agreement.document.contentType} ${agreement.document.sha256.slice(0, 12)}`
    : ', no document';

  return (
    `#${agreement.id} ${agreement.programCode} ${agreement.customerCode} ` +
    `(${agreement.status}): ${contract}${document}, ` +
    `${agreement.periodStart} to ${agreement.periodEnd}`
  );
}

function printDetail(agreement: AgreementDetail, json?: boolean): void {
  if (json) console.log(JSON.stringify(agreement, null, 2));
  else console.log(describeAgreement(agreement));
}

const detailOptions = (command: Command) =>
  command
    .option('--contract-no <no>', 'the contract number (合同编号)')
    .option('--signed-on <date>', 'the signing date, YYYY-MM-DD')
    .option('--from <date>', "the first day covered (default: the term's)")
    .option('--to <date>', "the last day covered (default: the term's)");

/**
 * `tierline agreement ...`: customers' enrollment in programs (DESIGN §5),
 * done as a named user (`--as`, or TIERLINE_USER) directly on the store.
 */
export function registerAgreementCommands(program: Command): void {
  const command = program
    .command('agreement')
    .description(
      'agreements (返利协议): create, update, attach, activate, terminate, ' +
        'accept, list, show, document; acting as the user named by --as',
    );

  detailOptions(
    command
      .command('create')
      .description('enroll a customer in a program: a draft agreement')
      .requiredOption('--program <code>', 'the program code')
      .requiredOption('--customer <code>', 'the customer code'),
  )
    .option('--json', 'print the agreement as JSON')
    .addOption(asUserOption())
    .action(
      async (
        options: DetailsOptions & {
          program: string;
          customer: string;
          json?: boolean;
        },
      ) => {
        const input = parsed(createAgreementBody, {
          programCode: options.program,
          customerCode: options.customer,
          ...details(options),
        });
        const agreement = await asUser(
          'agreement create',
          options,
          'agreements.write',
          (store, actor) => createAgreement(store, input, actor),
        );
        printDetail(agreement, options.json);
      },
    );

  detailOptions(
    command
      .command('update')
      .description("change a draft's contract number, signing date or period")
      .argument('<id>'),
  )
    .addOption(asUserOption())
    .action(async (id: string, options: DetailsOptions) => {
      const input = parsed(updateAgreementBody, details(options));
      const agreement = await asUser(
        'agreement update',
        options,
        'agreements.write',
        (store, actor) => updateAgreement(store, agreementId(id), input, actor),
      );
      printDetail(agreement);
    });

  command
    .command('attach')
    .description('attach the signed document (PDF, PNG or JPEG) to a draft')
    .argument('<id>')
    .argument('<file>')
    .addOption(asUserOption())
    .action(async (id: string, file: string, options: AsOptions) => {
      const content = readDocument(file);
      const agreement = await asUser(
        'agreement attach',
        options,
        'agreements.write',
        (store, actor) =>
          attachDocument(
            store,
            agreementId(id),
            { fileName: path.basename(file), content },
            documentMaxBytes(),
            actor,
          ),
      );
      printDetail(agreement);
    });

  registerStateCommands(command);
  registerReadCommands(command);
}

function readDocument(file: string): Buffer {
  const limit = documentMaxBytes();
  const size = fs.statSync(file, { throwIfNoEntry: false })?.size;
  if (size === undefined) throw new UserError(`no such file: ${file}`);
  if (size > limit) {
    throw new UserError(
      `document_too_large: ${file} has ${size} bytes, at most ${limit}`,
    );
  }
  return fs.readFileSync(file);
}

function registerStateCommands(command: Command): void {
  command
    .command('activate')
    .description(
      'activate a draft with contract number, signing date and document',
    )
    .argument('<id>')
    .addOption(asUserOption())
    .action(async (id: string, options: AsOptions) => {
      const agreement = await asUser(
        'agreement activate',
        options,
        'agreements.write',
        (store, actor) => activateAgreement(store, agreementId(id), actor),
      );
      printDetail(agreement);
    });

  command
    .command('terminate')
    .description('terminate an agreement, with the reason')
    .argument('<id>')
    .requiredOption('--reason <text>', 'why, for the audit log')
    .addOption(asUserOption())
    .action(async (id: string, options: AsOptions & { reason: string }) => {
      const agreement = await asUser(
        'agreement terminate',
        options,
        'agreements.write',
        (store, actor) =>
          terminateAgreement(store, agreementId(id), options.reason, actor),
      );
      printDetail(agreement);
    });

  command
    .command('accept')
    .description("accept the terms of one's own agreement (customer users)")
    .argument('<id>')
    .addOption(asUserOption())
    .action(async (id: string, options: AsOptions) => {
      const agreement = await asUser(
        'agreement accept',
        options,
        'agreements.accept',
        (store, actor) =>
          acceptAgreement(
            store,
            agreementId(id),
            scopeFor(actor.principal, 'agreements.accept'),
            actor,
          ),
      );
      printDetail(agreement);
    });
}

function registerReadCommands(command: Command): void {
  command
    .command('list')
    .description('list the agreements the user may see')
    .option('--program <code>', 'of this program only')
    .option('--customer <code>', 'of this customer only')
    .option('--status <status>', `one of ${agreementStatuses.join(', ')}`)
    .option('--json', 'print the agreements as JSON')
    .addOption(asUserOption())
    .action(
      async (
        options: AsOptions & {
          program?: string;
          customer?: string;
          status?: string;
          json?: boolean;
        },
      ) => {
        const status = statusOf(options.status);
        const page = await asUser(
          'agreement list',
          options,
          'agreements.read',
          (store, actor) =>
            listAgreements(
              store,
              {
                limit: 500,
                offset: 0,
                program: options.program,
                customer: options.customer,
                status,
              },
              scopeFor(actor.principal, 'agreements.read'),
            ),
        );
        if (options.json) {
          console.log(JSON.stringify(page.items, null, 2));
          return;
        }
        for (const item of page.items) console.log(describeAgreement(item));
      },
    );

  command
    .command('show')
    .description('one agreement with its targets and terms')
    .argument('<id>')
    .option('--json', 'print the agreement as JSON')
    .addOption(asUserOption())
    .action(async (id: string, options: AsOptions & { json?: boolean }) => {
      const agreement = await asUser(
        'agreement show',
        options,
        'agreements.read',
        (store, actor) =>
          getAgreement(
            store,
            agreementId(id),
            scopeFor(actor.principal, 'agreements.read'),
          ),
      );
      printDetail(agreement, options.json);
      if (!options.json) {
        for (const target of agreement.targets) {
          console.log(`  target from ${target.periodStart}: ${target.target}`);
        }
      }
    });

  command
    .command('document')
    .description('write the signed document to a file')
    .argument('<id>')
    .requiredOption('--output <file>', 'where to write it')
    .addOption(asUserOption())
    .action(async (id: string, options: AsOptions & { output: string }) => {
      const document = await asUser(
        'agreement document',
        options,
        'agreements.read',
        (store, actor) =>
          getAgreementDocument(
            store,
            agreementId(id),
            scopeFor(actor.principal, 'agreements.read'),
          ),
      );
      fs.writeFileSync(options.output, document.content);
      console.log(
        `${options.output}: ${document.contentType}, sha256 ${document.sha256}`,
      );
    });
}

function statusOf(text: string | undefined): AgreementStatus | undefined {
  if (text === undefined) return undefined;
  const status = agreementStatuses.find((one) => one === text);
  if (!status) {
    throw new UserError(
      `--status takes one of ${agreementStatuses.join(', ')}`,
    );
  }
  return status;
}

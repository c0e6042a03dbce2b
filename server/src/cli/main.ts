import { Command, CommanderError } from 'commander';
import { reportCliError } from './cli-errors.js';

type Register = (program: Command) => void;

// Each top-level command and the module that registers it. Only the module
// of the command being run is loaded (the whole set for help or an unknown
// name): a command then starts without loading the server, the import
// pipeline and the engine when it needs none of them.
const commandModules: Record<string, () => Promise<Register>> = {
  db: async () => (await import('./commands/db.js')).registerDbCommands,
  serve: async () => (await import('./commands/serve.js')).registerServeCommand,
  demo: async () => (await import('./commands/demo.js')).registerDemoCommand,
  start: async () => (await import('./commands/start.js')).registerStartCommand,
  user: async () => (await import('./commands/users.js')).registerUserCommands,
  token: async () => (await import('./commands/users.js')).registerUserCommands,
  audit: async () =>
    (await import('./commands/audit.js')).registerAuditCommands,
  import: async () =>
    (await import('./commands/import.js')).registerImportCommands,
  imports: async () =>
    (await import('./commands/import.js')).registerImportCommands,
  program: async () =>
    (await import('./commands/programs.js')).registerProgramCommands,
  agreement: async () =>
    (await import('./commands/agreements.js')).registerAgreementCommands,
  calculate: async () =>
    (await import('./commands/calculate.js')).registerCalculateCommand,
  accruals: async () =>
    (await import('./commands/accruals.js')).registerAccrualCommands,
  period: async () =>
    (await import('./commands/period.js')).registerPeriodCommands,
  statement: async () =>
    (await import('./commands/statements.js')).registerStatementCommands,
  claim: async () =>
    (await import('./commands/claims.js')).registerClaimCommands,
  payout: async () =>
    (await import('./commands/payouts.js')).registerPayoutCommands,
  balance: async () =>
    (await import('./commands/balance.js')).registerBalanceCommands,
  journal: async () =>
    (await import('./commands/journal.js')).registerJournalCommands,
};

/** The registrations needed for these arguments, each once. */
async function registrationsFor(args: readonly string[]): Promise<Register[]> {
  const name = args.find((arg) => !arg.startsWith('-'));
  const loaders =
    name !== undefined && Object.hasOwn(commandModules, name)
      ? [commandModules[name]]
      : Object.values(commandModules);
  const registers = await Promise.all(loaders.map((load) => load?.()));

  return [...new Set(registers)].filter(
    (register): register is Register => register !== undefined,
  );
}

const program = new Command('tierline')
  .description('Tierline — customer rebate management (客户返利管理)')
  .showHelpAfterError()
  .exitOverride();

try {
  for (const register of await registrationsFor(process.argv.slice(2))) {
    register(program);
  }
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else {
    process.exitCode = reportCliError(error);
  }
}

import { Command, CommanderError } from 'commander';
import { registerDbCommands } from './commands/db.js';
import { registerServeCommand } from './commands/serve.js';
import { registerDemoCommand } from './commands/demo.js';
import { registerStartCommand } from './commands/start.js';
import { registerUserCommands } from './commands/users.js';
import { registerAuditCommands } from './commands/audit.js';
import { registerImportCommands } from './commands/import.js';
import { registerProgramCommands } from './commands/programs.js';
import { registerAgreementCommands } from './commands/agreements.js';
import { registerCalculateCommand } from './commands/calculate.js';
import { registerAccrualCommands } from './commands/accruals.js';
import { registerPeriodCommands } from './commands/period.js';
import { registerJournalCommands } from './commands/journal.js';
import { reportCliError } from './cli-errors.js';

const program = new Command('tierline')
  .description('Tierline — customer rebate management (客户返利管理)')
  .showHelpAfterError()
  .exitOverride();

registerDbCommands(program);
registerServeCommand(program);
registerDemoCommand(program);
registerStartCommand(program);
registerUserCommands(program);
registerAuditCommands(program);
registerImportCommands(program);
registerProgramCommands(program);
registerAgreementCommands(program);
registerCalculateCommand(program);
registerAccrualCommands(program);
registerPeriodCommands(program);
registerJournalCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else {
    process.exitCode = reportCliError(error);
  }
}

import { roles, type Role } from '../db/auth-schema.js';

export { roles, type Role };

// The one policy table of Tierline: what each role may do, and over which
// data. Every route declares one of these actions (route config `action`);
// the authorize hook refuses a route that declares none.
//
// A cell is `all` (every record), `own` (the records in the principal's data
// scope: a sales rep's own customers, a customer user's own customer; for
// `self` actions, the principal's own account) or `-` (denied).
// `public` actions need no login at all.

export type Grant = 'all' | 'own';
type Cell = Grant | '-';

/** read: changes nothing; write: changes data; self: the caller's account. */
export type ActionKind = 'public' | 'read' | 'write' | 'self';

export interface PolicyEntry {
  kind: ActionKind;
  grants: Readonly<Partial<Record<Role, Grant>>>;
}

function row(
  kind: ActionKind,
  ...cells: [Cell, Cell, Cell, Cell, Cell, Cell]
): PolicyEntry {
  const grants: Partial<Record<Role, Grant>> = {};
  roles.forEach((role, index) => {
    const cell = cells[index];
    if (cell === 'all' || cell === 'own') grants[role] = cell;
  });
  return { kind, grants };
}

const everyone = (kind: ActionKind, grant: Grant) =>
  row(kind, grant, grant, grant, grant, grant, grant);

// prettier-ignore
export const policyTable = {
  //                   kind     admin  pm     appr   rep    cust   auditor
  'auth.login':     everyone('public', 'all'),
  'health.read':    everyone('public', 'all'),
  'assets.read':    everyone('public', 'all'),
  'auth.session':   everyone('self', 'own'),
  'auth.logout':    everyone('self', 'own'),
  'auth.password':  everyone('self', 'own'),
  'customers.read': row('read',  'all', 'all', 'all', 'own', 'own', 'all'),
  'customers.write':row('write', 'all', 'all', '-',   '-',   '-',   '-'),
  'products.read':  row('read',  'all', 'all', 'all', 'all', 'all', 'all'),
  'products.write': row('write', 'all', 'all', '-',   '-',   '-',   '-'),
  'imports.read':   row('read',  'all', 'all', 'all', '-',   '-',   'all'),
  'imports.run':    row('write', 'all', 'all', '-',   '-',   '-',   '-'),
  'audit.read':     row('read',  'all', '-',   '-',   '-',   '-',   'all'),
  'users.read':     row('read',  'all', '-',   '-',   '-',   '-',   'all'),
  'users.write':    row('write', 'all', '-',   '-',   '-',   '-',   '-'),
  'tokens.read':    row('read',  'all', '-',   '-',   '-',   '-',   'all'),
  'tokens.write':   row('write', 'all', '-',   '-',   '-',   '-',   '-'),
  // Programs (DESIGN §5). `own` readers get the customer-facing terms only.
  'programs.read':  row('read',  'all', 'all', 'all', 'own', 'own', 'all'),
  'programs.file':  row('read',  'all', 'all', 'all', '-',   '-',   'all'),
  'programs.draft': row('write', 'all', 'all', '-',   '-',   '-',   '-'),
  'programs.submit':row('write', 'all', 'all', '-',   '-',   '-',   '-'),
  'programs.approve': row('write', 'all', '-', 'all', '-', '-', '-'),
  'programs.activate': row('write', 'all', '-', 'all', '-', '-', '-'),
  'programs.close': row('write', 'all', '-',   'all', '-',   '-',   '-'),
  // Accruals, period close and the journal (DESIGN §5). `accruals.read`
  // also lists the periods (GET /api/periods), summed within the scope. The
  // journal spans customers, so nobody narrowed to some customers reads it.
  'accruals.read':  row('read',  'all', 'all', 'all', 'own', 'own', 'all'),
  'accruals.refresh': row('write', 'all', 'all', 'all', '-', '-',   '-'),
  'periods.close':  row('write', 'all', '-',   'all', '-',   '-',   '-'),
  'journal.read':   row('read',  'all', '-',   'all', '-',   '-',   'all'),
  // The console's dashboard: figures across customers and programs, so not
  // for customer users; a sales rep's covers their own customers only.
  'dashboard.read': row('read',  'all', 'all', 'all', 'own', '-',   'all'),
  // A replay of a version (drafts included) over stored sales: it changes
  // nothing, but it is a POST that runs the engine over the whole store.
  'programs.simulate': row('write', 'all', 'all', 'all', '-', '-', '-'),
  // Agreements (DESIGN §1, §5): the program manager enrolls customers; the
  // customer accepts its own terms; reps and customers read their own.
  'agreements.read':  row('read',  'all', 'all', 'all', 'own', 'own', 'all'),
  'agreements.write': row('write', 'all', 'all', '-',   '-',   '-',   '-'),
  'agreements.accept':row('write', '-',   '-',   '-',   '-',   'own', '-'),
  // Claims, payouts and the rebate balance (DESIGN §5). A customer claims
  // and reads its own; the approver decides and releases, never their own.
  'claims.read':    row('read',  'all', 'all', 'all', 'own', 'own', 'all'),
  'claims.create':  row('write', 'all', '-',   '-',   '-',   'own', '-'),
  'claims.decide':  row('write', 'all', '-',   'all', '-',   '-',   '-'),
  'payouts.read':   row('read',  'all', 'all', 'all', 'own', 'own', 'all'),
  'payouts.create': row('write', 'all', 'all', 'all', '-',   '-',   '-'),
  'payouts.release':row('write', 'all', '-',   'all', '-',   '-',   '-'),
  'balances.read':  row('read',  'all', 'all', 'all', 'own', 'own', 'all'),
  'balances.draw':  row('write', 'all', 'all', 'all', '-',   '-',   '-'),
  // Statements (DESIGN §5): issued by finance, answered by the customer's
  // own users only, a dispute resolved by an approver.
  'statements.read':    row('read',  'all', 'all', 'all', 'own', 'own', 'all'),
  'statements.issue':   row('write', 'all', '-',   'all', '-',   '-',   '-'),
  'statements.answer':  row('write', '-',   '-',   '-',   '-',   'own', '-'),
  'statements.resolve': row('write', 'all', '-',   'all', '-',   '-',   '-'),
} as const satisfies Record<string, PolicyEntry>;

export type Action = keyof typeof policyTable;

export const actions = Object.keys(policyTable) as Action[];

export function isAction(value: unknown): value is Action {
  return typeof value === 'string' && Object.hasOwn(policyTable, value);
}

export function isPublicAction(action: Action): boolean {
  return policyTable[action].kind === 'public';
}

/** The role's grant for the action, or null when the table denies it. */
export function grantFor(role: Role, action: Action): Grant | null {
  const entry: PolicyEntry = policyTable[action];
  return entry.grants[role] ?? null;
}

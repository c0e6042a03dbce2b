// What each role may see and do in the console. The server's policy table
// decides every request; this only keeps menus and buttons to what the role
// can use, so nobody is shown a page that would refuse them.
import type { Role } from '../api/types';

export const pages = [
  'dashboard',
  'customers',
  'myCustomer',
  'products',
  'programs',
  'approvals',
  'payouts',
  'settlements',
  'imports',
  'audit',
] as const;
export type PageName = (typeof pages)[number];

const pageRoles: Record<PageName, readonly Role[]> = {
  dashboard: ['admin', 'program_manager', 'approver', 'sales_rep', 'auditor'],
  customers: ['admin', 'program_manager', 'approver', 'sales_rep', 'auditor'],
  myCustomer: ['customer'],
  products: ['admin', 'program_manager', 'approver', 'sales_rep', 'auditor'],
  programs: [
    'admin',
    'program_manager',
    'approver',
    'sales_rep',
    'customer',
    'auditor',
  ],
  approvals: ['admin', 'approver'],
  payouts: [
    'admin',
    'program_manager',
    'approver',
    'sales_rep',
    'customer',
    'auditor',
  ],
  // A sales rep reads its own customers' periods, statements and payouts.
  settlements: ['admin', 'program_manager', 'approver', 'sales_rep', 'auditor'],
  imports: ['admin', 'program_manager', 'approver', 'auditor'],
  audit: ['admin', 'auditor'],
};

export const abilities = [
  'draftPrograms',
  'approvePrograms',
  'activatePrograms',
  'runImports',
  'closePeriods',
  'issueStatements',
  'resolveStatements',
  'answerStatements',
  'readJournal',
  'createClaims',
  'acceptAgreements',
  'simulatePrograms',
] as const;
export type Ability = (typeof abilities)[number];

const abilityRoles: Record<Ability, readonly Role[]> = {
  draftPrograms: ['admin', 'program_manager'],
  approvePrograms: ['admin', 'approver'],
  activatePrograms: ['admin', 'approver'],
  runImports: ['admin', 'program_manager'],
  closePeriods: ['admin', 'approver'],
  issueStatements: ['admin', 'approver'],
  resolveStatements: ['admin', 'approver'],
  answerStatements: ['customer'],
  readJournal: ['admin', 'approver', 'auditor'],
  createClaims: ['admin', 'customer'],
  acceptAgreements: ['customer'],
  simulatePrograms: ['admin', 'program_manager', 'approver'],
};

export function canSee(role: Role, page: PageName): boolean {
  return pageRoles[page].includes(role);
}

export function can(role: Role, ability: Ability): boolean {
  return abilityRoles[ability].includes(role);
}

/** Where a role lands after signing in. */
export function homePath(role: Role): string {
  if (role === 'customer') return '/my-customer';
  if (role === 'auditor') return '/audit';
  if (role === 'approver') return '/approvals';

  return '/dashboard';
}

import type { Role } from './policy.js';

/** Who is calling: a logged-in user or an API token, with its data binding. */
export interface Principal {
  kind: 'user' | 'token';
  /** The user's or the token's id. */
  id: number;
  /** The user's login name or the token's name. */
  name: string;
  role: Role;
  /** A sales rep's code, as in customers.sales_rep. */
  userCode: string | null;
  /** The customer a customer principal is bound to. */
  customerId: number | null;
}

/** How the principal is named in the audit log and in logs. */
export function actorName(principal: Principal): string {
  return principal.kind === 'user'
    ? principal.name
    : `token:${principal.id}:${principal.name}`;
}

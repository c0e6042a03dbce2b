import type { Role } from '../auth/policy.js';

/** A user as shown to people and in the audit log: never the hash. */
export interface UserView {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  userCode: string | null;
  customerId: number | null;
  status: 'active' | 'disabled';
}

export const userViewColumns = `id, username, display_name as "displayName",
  role, user_code as "userCode", customer_id as "customerId", status`;

const usernamePattern = /^[a-z0-9][a-z0-9._@-]{1,63}$/;

/** Login names are compared lower-case and without surrounding spaces. */
export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

export function isValidUsername(username: string): boolean {
  return usernamePattern.test(username);
}

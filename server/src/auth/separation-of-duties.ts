import { AuthError } from './auth-errors.js';
import type { Principal } from './principal.js';

/**
 * Nobody approves their own work (DESIGN §1, §5): an approval, a period close
 * or a payout release by the author of what is approved is refused. Tokens
 * never approve, as they are nobody's own judgement.
 */
export function assertNotOwnWork(
  principal: Principal,
  authorUserId: number | null,
): void {
  if (principal.kind === 'token') throw new AuthError('own_work');
  if (authorUserId !== null && principal.id === authorUserId) {
    throw new AuthError('own_work');
  }
}

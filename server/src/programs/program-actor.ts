import type { FastifyRequest } from 'fastify';
import type { AuditContext } from '../audit/append-audit.js';
import type { Principal } from '../auth/principal.js';
import { auditContextOf, principalOf } from '../auth/request-context.js';

/** Who changes a program: the principal for the rules, the audit context. */
export interface ProgramActor {
  principal: Principal;
  audit: AuditContext;
}

/** The caller of a route, with the request id for the audit trail. */
export function actorOf(request: FastifyRequest): ProgramActor {
  return { principal: principalOf(request), audit: auditContextOf(request) };
}

/** The user behind the principal; a token is nobody's own judgement. */
export function userIdOf(principal: Principal): number | null {
  return principal.kind === 'user' ? principal.id : null;
}

import type { FastifyRequest } from 'fastify';
import type { AuditContext } from '../audit/append-audit.js';
import { AuthError } from './auth-errors.js';
import { actorName, type Principal } from './principal.js';
import type { DataScope } from './scope.js';

/** The caller of a route that needs one (every non-public route). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new AuthError('unauthenticated');
  return request.principal;
}

/** The data scope of the route's action; nothing when there is none. */
export function scopeOf(request: FastifyRequest): DataScope {
  return request.dataScope ?? { kind: 'none' };
}

/** Who, from where, for the audit entries of this request. */
export function auditContextOf(request: FastifyRequest): AuditContext {
  return {
    actor: actorName(principalOf(request)),
    requestId: request.id,
    ip: request.ip,
  };
}

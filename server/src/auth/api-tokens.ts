import { asc } from 'drizzle-orm';
import type { Store } from '../db/database.js';
import { apiTokens } from '../db/schema.js';
import { appendAudit, type AuditContext } from '../audit/append-audit.js';
import {
  resolveRoleBinding,
  type RoleBindingInput,
} from '../users/role-binding.js';
import { AccountError } from '../users/user-errors.js';
import type { Role } from './policy.js';
import type { Principal } from './principal.js';
import { newSecret, sha256Hex } from './secrets.js';

// API tokens let integrations (ERP, CRM) call the API with
// `Authorization: Bearer tl_...`. Each is bound to a role and, for sales reps
// and customers, to their data, exactly like a user.

export interface NewApiToken extends RoleBindingInput {
  name: string;
  role: Role;
  expiresInDays?: number | null;
}

export interface ApiTokenView {
  id: number;
  name: string;
  role: Role;
  userCode: string | null;
  customerId: number | null;
  createdBy: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

const tokenPrefix = 'tl_';

/** Creates a token; its value is returned here once and never again. */
export function createApiToken(
  store: Store,
  input: NewApiToken,
  context: AuditContext,
): Promise<{ token: string; view: ApiTokenView }> {
  return store.transaction(async (connection) => {
    const binding = await resolveRoleBinding(connection, input.role, input);
    const token = newSecret(tokenPrefix);
    const expiresAt = input.expiresInDays
      ? new Date(Date.now() + input.expiresInDays * 86_400_000)
      : null;

    const [view] = await connection.query<ApiTokenView>(
      `insert into api_tokens (name, token_hash, role, user_code,
         customer_id, created_by, expires_at)
       values ($1, $2, $3, $4, $5, $6, $7)
       returning ${viewColumns}`,
      [
        input.name.trim(),
        sha256Hex(token),
        input.role,
        binding.userCode,
        binding.customerId,
        context.actor,
        expiresAt,
      ],
    );
    if (!view) throw new Error('insert into api_tokens returned nothing');

    await appendAudit(connection, context, {
      action: 'token.create',
      entity: 'api_token',
      entityId: view.id,
      after: view,
    });
    return { token, view };
  });
}

export function revokeApiToken(
  store: Store,
  id: number,
  context: AuditContext,
  reason: string | null = null,
): Promise<ApiTokenView> {
  return store.transaction(async (connection) => {
    const [before] = await connection.query<ApiTokenView>(
      `select ${viewColumns} from api_tokens where id = $1 for update`,
      [id],
    );
    if (!before) throw new AccountError('token_not_found');
    if (before.revokedAt) return before;

    const [after] = await connection.query<ApiTokenView>(
      `update api_tokens set revoked_at = now() where id = $1
       returning ${viewColumns}`,
      [id],
    );
    if (!after) throw new AccountError('token_not_found');

    await appendAudit(connection, context, {
      action: 'token.revoke',
      entity: 'api_token',
      entityId: id,
      before,
      after,
      reason,
    });
    return after;
  });
}

export function listApiTokens(store: Store): Promise<ApiTokenView[]> {
  return store.db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      role: apiTokens.role,
      userCode: apiTokens.userCode,
      customerId: apiTokens.customerId,
      createdBy: apiTokens.createdBy,
      createdAt: apiTokens.createdAt,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
      lastUsedAt: apiTokens.lastUsedAt,
    })
    .from(apiTokens)
    .orderBy(asc(apiTokens.id));
}

/** The principal of a live token, noting its use (to the minute). */
export async function resolveApiToken(
  store: Store,
  token: string,
  now: Date,
): Promise<Principal | null> {
  if (!token.startsWith(tokenPrefix)) return null;

  return store.transaction(async (connection) => {
    const [row] = await connection.query<ApiTokenView>(
      `select ${viewColumns} from api_tokens
       where token_hash = $1 and revoked_at is null
         and (expires_at is null or expires_at > $2)`,
      [sha256Hex(token), now],
    );
    if (!row) return null;

    const lastUsedMs = row.lastUsedAt?.getTime() ?? 0;
    if (now.getTime() - lastUsedMs > 60_000) {
      await connection.query(
        'update api_tokens set last_used_at = $2 where id = $1',
        [row.id, now],
      );
    }
    return {
      kind: 'token',
      id: row.id,
      name: row.name,
      role: row.role,
      userCode: row.userCode,
      customerId: row.customerId,
    };
  });
}

const viewColumns = `id, name, role, user_code as "userCode",
  customer_id as "customerId", created_by as "createdBy",
  created_at as "createdAt", expires_at as "expiresAt",
  revoked_at as "revokedAt", last_used_at as "lastUsedAt"`;

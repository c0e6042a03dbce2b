import { asc } from 'drizzle-orm';
import type { Store } from '../db/database.js';
import { users } from '../db/schema.js';
import type { UserView } from './user-view.js';

export function listUsers(store: Store): Promise<UserView[]> {
  return store.db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      userCode: users.userCode,
      customerId: users.customerId,
      status: users.status,
    })
    .from(users)
    .orderBy(asc(users.username));
}

import { openStore, type Store } from '../db/database.js';
import { loadConfig } from '../platform/config.js';

/** Opens the configured store for one CLI command and always closes it. */
export async function withStore<T>(
  command: string,
  fn: (store: Store) => Promise<T>,
  options: { migrate?: boolean } = {},
): Promise<T> {
  const config = loadConfig();
  const store = await openStore(config, { command, ...options });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

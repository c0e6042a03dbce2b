// Answers a repeated dashboard read without recomputing it while nothing
// has changed. Every state change appends to the audit log in its own
// transaction (DESIGN §5: imports, refreshes, closes, program and master
// data changes), so the newest audit sequence number read in the
// dashboard's snapshot names the state its figures come from: an entry
// computed at the same number is still exact. Each server process keeps
// its own entries, so several servers on one database stay correct.
import type { Connection } from '../db/database.js';
import type { Dashboard } from './dashboard-schemas.js';

const DEFAULT_ENTRIES = 64;

interface Entry {
  generation: string;
  dashboard: Dashboard;
}

export class DashboardCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly maxEntries = DEFAULT_ENTRIES) {}

  /** The entry for the key if it was computed at this generation. */
  get(key: string, generation: string): Dashboard | null {
    const entry = this.entries.get(key);
    if (!entry || entry.generation !== generation) return null;

    // Least recently used goes first: move the hit to the end.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.dashboard;
  }

  set(key: string, generation: string, dashboard: Dashboard): void {
    this.entries.delete(key);
    this.entries.set(key, { generation, dashboard });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
  }
}

/** The newest audit sequence number in the connection's snapshot. */
export async function storeGeneration(connection: Connection): Promise<string> {
  const [row] = await connection.query<{ generation: string }>(
    'select coalesce(max(seq), 0)::text as generation from audit_log',
  );

  return row?.generation ?? '0';
}

// WHERE clauses of list queries, built from optional filters with every
// value passed as a parameter, never spliced into the SQL.

export class SqlFilter {
  readonly params: unknown[] = [];
  private readonly conditions: string[] = [];

  /** Adds a value and returns its placeholder (`$1`, `$2`, ...). */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  where(condition: string): void {
    this.conditions.push(condition);
  }

  clause(): string {
    return this.conditions.length === 0
      ? ''
      : `where ${this.conditions.join(' and ')}`;
  }

  /**
   * `limit n offset m` as literal whole numbers (so `params` stay those of
   * the WHERE clause), clamped to 1..500 and >= 0.
   */
  page(query: { limit?: number; offset?: number }): string {
    const limit = Math.min(Math.max(wholeOr(query.limit, 50), 1), 500);
    const offset = Math.max(wholeOr(query.offset, 0), 0);
    return `limit ${limit} offset ${offset}`;
  }
}

function wholeOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value)
    ? Math.trunc(value)
    : fallback;
}

/** A search term as an ILIKE pattern that matches it anywhere, literally. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (special) => `\\${special}`)}%`;
}

import type { Connection } from '../db/database.js';

/** Code (or sku) → id of every customer or product, for resolving rows. */
export async function loadCodeIndex(
  connection: Connection,
  table: 'customers' | 'products',
): Promise<Map<string, number>> {
  const codeColumn = table === 'customers' ? 'code' : 'sku';
  const rows = await connection.query<{ code: string; id: number }>(
    `select ${codeColumn} as code, id from ${table}`,
  );
  return new Map(rows.map((row) => [row.code, row.id]));
}

/** The id of a code that was checked to exist while reading the row. */
export function idOf(index: Map<string, number>, code: string): number {
  const id = index.get(code);
  if (id === undefined) throw new Error(`no id for checked code ${code}`);
  return id;
}

// A tiny CSV reader for the example files only: UTF-8, a header row, commas,
// and double-quoted fields with "" for a quote. The product's importer is
// the server's; this one must stay small enough to trust at a glance.

function splitRecord(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;

  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);

  return fields;
}

export function readCsv(text: string): Record<string, string>[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const [header, ...rows] = lines;
  if (header === undefined) return [];

  const names = splitRecord(header);

  return rows.map((row) => {
    const values = splitRecord(row);
    return Object.fromEntries(
      names.map((name, index) => [name, values[index] ?? '']),
    );
  });
}

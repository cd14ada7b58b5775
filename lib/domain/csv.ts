/**
 * One CSV cell: quoted when it holds a comma, quote or line break, and a leading "=", "+", "-", "@", tab
 * or carriage return defused with an apostrophe, so a spreadsheet never runs it as a formula (CSV
 * injection). Null is an empty cell.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  const safe = typeof value === "string" && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV line with its newline. */
export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\n`;
}

/** An uploaded CSV file's text: strict UTF-8 without NUL bytes, or undefined (the import refuses the file). */
export function decodeCsvText(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.includes("\u0000") ? undefined : text;
  } catch {
    return undefined;
  }
}

/** What is wrong with an import's header line: required columns missing, unknown ones, repeated ones. */
export function headerMismatch(
  header: readonly string[],
  required: readonly string[],
  known: readonly string[],
): { missing: string[]; unknown: string[]; repeated: string[] } {
  const names = header.map((h) => h.trim().toLowerCase());
  return {
    missing: required.filter((c) => !names.includes(c)),
    unknown: names.filter((n) => !known.includes(n)),
    repeated: names.filter((n, i) => names.indexOf(n) !== i),
  };
}

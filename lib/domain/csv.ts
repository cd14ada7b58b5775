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

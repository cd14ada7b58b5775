import { decodeCsvText, headerMismatch } from "@/lib/domain/csv";
import { customerNameKey } from "./customer-name";
import { customerFieldsSchema, type CustomerFields } from "./customer-schema";
import { CsvSyntaxError, parseCsv } from "@/lib/domain/parse-csv";

/** The import file's columns; lists inside a cell (aliases, addresses) are separated by semicolons. */
export const CSV_COLUMNS = ["name", "aliases", "contact_emails", "agreement_reference", "active", "notes"] as const;
/** Columns a file may leave out: without `language`, every customer's emails are in English. */
export const OPTIONAL_CSV_COLUMNS = ["language"] as const;
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5000;

type Column = (typeof CSV_COLUMNS)[number] | (typeof OPTIONAL_CSV_COLUMNS)[number];
const KNOWN_COLUMNS: readonly string[] = [...CSV_COLUMNS, ...OPTIONAL_CSV_COLUMNS];

const COLUMN_OF_FIELD: Record<keyof CustomerFields, Column> = {
  name: "name",
  aliases: "aliases",
  contactEmails: "contact_emails",
  agreementReference: "agreement_reference",
  active: "active",
  notes: "notes",
  locale: "language",
};

export interface ImportRow {
  line: number;
  fields: CustomerFields;
  /** The name's comparison key (customerNameKey), unique in the registry. */
  key: string;
}

export interface RejectedRow {
  line: number;
  /** The name as written in the file (for the report; may be empty). */
  name: string;
  /** Keys under `errors` ("row_field_count:6"), after the column they concern ("name: enter_customer_name"). */
  reasons: string[];
}

/** The file could not be read at all (fatal), or its rows, each valid or rejected with reasons. */
export type CustomerCsv = { fatal: string } | { rows: ImportRow[]; rejected: RejectedRow[] };

const splitCell = (cell: string) => cell.split(";");

function headerProblem(header: string[]): string | undefined {
  const { missing, unknown, repeated } = headerMismatch(header, CSV_COLUMNS, KNOWN_COLUMNS);
  if (!missing.length && !unknown.length && !repeated.length) return undefined;
  const parts = [
    missing.length ? `missing ${missing.join(", ")}` : "",
    unknown.length ? `unknown ${unknown.map((u) => `“${u.slice(0, 40)}”`).join(", ")}` : "",
    repeated.length ? `repeated ${[...new Set(repeated)].join(", ")}` : "",
  ].filter(Boolean);
  return `The first line must name the columns ${CSV_COLUMNS.join(",")}, and may add ${OPTIONAL_CSV_COLUMNS.join(",")} (${parts.join("; ")}).`;
}

/**
 * Reads an uploaded customer list: UTF-8 CSV text, at most 2 MB and 5,000 rows, with a header naming
 * the six columns and, optionally, `language` (in any order). Each row is checked as the form checks a
 * customer; names repeated within the file are rejected after their first line. Nothing here knows the
 * registry: the import use-case rejects names already registered.
 */
export function readCustomerCsv(bytes: Uint8Array): CustomerCsv {
  if (bytes.byteLength > MAX_IMPORT_BYTES) return { fatal: "import_file_too_large" };
  const text = decodeCsvText(bytes);
  if (text === undefined) return { fatal: "not_csv_text" };
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { fatal: `csv_syntax:${error.line}` };
    throw error;
  }
  const [header, ...data] = records;
  if (!header) return { fatal: "file_empty" };
  const problem = headerProblem(header.fields);
  if (problem) return { fatal: "csv_header" };
  if (data.length === 0) return { fatal: "header_without_customers" };
  if (data.length > MAX_IMPORT_ROWS) {
    return { fatal: `too_many_rows:${MAX_IMPORT_ROWS}` };
  }
  const index = new Map(header.fields.map((h, i) => [h.trim().toLowerCase(), i]));
  // An optional column the header leaves out reads as empty cells.
  const cell = (fields: string[], column: Column) => {
    const at = index.get(column);
    return at === undefined ? "" : (fields[at] ?? "");
  };

  const rows: ImportRow[] = [];
  const rejected: RejectedRow[] = [];
  const firstLineOf = new Map<string, number>();
  for (const record of data) {
    const name = cell(record.fields, "name").trim();
    if (record.fields.length !== header.fields.length) {
      rejected.push({
        line: record.line,
        name,
        reasons: [`row_field_count:${header.fields.length}`],
      });
      continue;
    }
    const active = cell(record.fields, "active").trim();
    const parsed = customerFieldsSchema.safeParse({
      name: cell(record.fields, "name"),
      aliases: splitCell(cell(record.fields, "aliases")),
      contactEmails: splitCell(cell(record.fields, "contact_emails")),
      agreementReference: cell(record.fields, "agreement_reference"),
      active: active === "" ? true : active,
      notes: cell(record.fields, "notes"),
      locale: cell(record.fields, "language"),
    });
    if (!parsed.success) {
      const reasons = parsed.error.issues.map((issue) => {
        const field = issue.path[0] as keyof CustomerFields | undefined;
        return field ? `${COLUMN_OF_FIELD[field]}: ${issue.message}` : issue.message;
      });
      rejected.push({ line: record.line, name, reasons });
      continue;
    }
    const key = customerNameKey(parsed.data.name);
    const earlier = firstLineOf.get(key);
    if (earlier !== undefined) {
      rejected.push({ line: record.line, name, reasons: [`name: same_customer_as_line:${earlier}`] });
      continue;
    }
    firstLineOf.set(key, record.line);
    rows.push({ line: record.line, fields: parsed.data, key });
  }
  return { rows, rejected };
}

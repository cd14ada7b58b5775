import { decodeCsvText, headerMismatch } from "@/lib/domain/csv";
import type { z } from "zod";
import { CsvSyntaxError, parseCsv } from "@/lib/domain/parse-csv";
import { checkReach, storedFields, systemFieldsObject, systemNameKey, type SystemFields } from "./system-schema";

/** The import file's columns; lists inside a cell (addresses, categories, codes) are separated by semicolons. */
export const CSV_COLUMNS = [
  "name",
  "description",
  "owner_emails",
  "data_categories",
  "request_types",
  "regimes",
  "reach",
  "webhook_url",
  "active",
] as const;
/**
 * Columns a file may leave out: `language` (of the task emails to outside owners; empty is English) and
 * `staff_owners` (the sign-in addresses of staff accounts that own the system).
 */
export const OPTIONAL_CSV_COLUMNS = ["language", "staff_owners"] as const;
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 2000;

type Column = (typeof CSV_COLUMNS)[number] | (typeof OPTIONAL_CSV_COLUMNS)[number];
const KNOWN_COLUMNS: readonly string[] = [...CSV_COLUMNS, ...OPTIONAL_CSV_COLUMNS];

const COLUMN_OF_FIELD: Record<keyof z.infer<typeof systemFieldsObject>, Column> = {
  name: "name",
  description: "description",
  ownerIds: "staff_owners",
  ownerEmails: "owner_emails",
  locale: "language",
  dataCategories: "data_categories",
  requestTypes: "request_types",
  regimes: "regimes",
  reach: "reach",
  webhookUrl: "webhook_url",
  active: "active",
};

export interface SystemImportRow {
  line: number;
  /** The row's fields; `ownerIds` is empty until the use-case finds the staff accounts named. */
  fields: SystemFields;
  /** The staff owners' sign-in addresses as written (lower case), for the use-case to find. */
  staffOwnerEmails: string[];
  /** The name's comparison key (systemNameKey), unique in the registry. */
  key: string;
}

export interface RejectedSystemRow {
  line: number;
  /** The name as written in the file (for the report; may be empty). */
  name: string;
  /** Keys under `errors`, after the column they concern ("reach: choose_reach"). */
  reasons: string[];
}

/** The file could not be read at all (fatal: a key under `errors`), or its rows, each valid or rejected. */
export type SystemCsv = { fatal: string } | { rows: SystemImportRow[]; rejected: RejectedSystemRow[] };

const splitCell = (cell: string) => cell.split(";");

function headerIsRight(header: string[]): boolean {
  const { missing, unknown, repeated } = headerMismatch(header, CSV_COLUMNS, KNOWN_COLUMNS);
  return !missing.length && !unknown.length && !repeated.length;
}

/**
 * Reads an uploaded list of systems: UTF-8 CSV text, at most 2 MB and 2,000 rows, with a header naming
 * the nine columns and, optionally, `language` and `staff_owners` (in any order). Each row is checked as
 * the form checks a system; names repeated within the file are rejected after their first line. Nothing
 * here knows the database: the import use-case rejects names already registered and unknown staff.
 */
export function readSystemCsv(bytes: Uint8Array): SystemCsv {
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
  if (!headerIsRight(header.fields)) return { fatal: "systems_csv_header" };
  if (data.length === 0) return { fatal: "header_without_systems" };
  if (data.length > MAX_IMPORT_ROWS) return { fatal: `too_many_rows:${MAX_IMPORT_ROWS}` };
  const index = new Map(header.fields.map((h, i) => [h.trim().toLowerCase(), i]));
  const cell = (fields: string[], column: Column) => {
    const at = index.get(column);
    return at === undefined ? "" : (fields[at] ?? "");
  };

  const rows: SystemImportRow[] = [];
  const rejected: RejectedSystemRow[] = [];
  const firstLineOf = new Map<string, number>();
  for (const record of data) {
    const name = cell(record.fields, "name").trim();
    if (record.fields.length !== header.fields.length) {
      rejected.push({ line: record.line, name, reasons: [`row_field_count:${header.fields.length}`] });
      continue;
    }
    const active = cell(record.fields, "active").trim();
    const staffOwnerEmails = [
      ...new Set(
        splitCell(cell(record.fields, "staff_owners"))
          .map((e) => e.trim().toLowerCase())
          .filter(Boolean),
      ),
    ];
    const parsed = systemFieldsObject.safeParse({
      name: cell(record.fields, "name"),
      description: cell(record.fields, "description"),
      ownerEmails: splitCell(cell(record.fields, "owner_emails")),
      dataCategories: splitCell(cell(record.fields, "data_categories")),
      requestTypes: splitCell(cell(record.fields, "request_types")),
      regimes: splitCell(cell(record.fields, "regimes")),
      reach: cell(record.fields, "reach"),
      webhookUrl: cell(record.fields, "webhook_url"),
      active: active === "" ? true : active,
      locale: cell(record.fields, "language"),
    });
    const reasons: string[] = [];
    const reasonFor = (path: PropertyKey | undefined, message: string) => {
      const field = path as keyof typeof COLUMN_OF_FIELD | undefined;
      reasons.push(field && field in COLUMN_OF_FIELD ? `${COLUMN_OF_FIELD[field]}: ${message}` : message);
    };
    if (!parsed.success) {
      for (const issue of parsed.error.issues) reasonFor(issue.path[0], issue.message);
    } else {
      // The staff owners count as owners here; the use-case finds their accounts.
      const context = {
        addIssue: (issue: { path?: PropertyKey[]; message?: string }) =>
          reasonFor(issue.path?.[0], issue.message ?? ""),
      } as unknown as z.RefinementCtx;
      const owners = staffOwnerEmails.length ? ["staff-owners-listed"] : [];
      checkReach({ ...parsed.data, ownerIds: owners }, context);
    }
    if (!parsed.success || reasons.length > 0) {
      rejected.push({ line: record.line, name, reasons });
      continue;
    }
    const key = systemNameKey(parsed.data.name);
    const earlier = firstLineOf.get(key);
    if (earlier !== undefined) {
      rejected.push({ line: record.line, name, reasons: [`name: same_system_as_line:${earlier}`] });
      continue;
    }
    firstLineOf.set(key, record.line);
    rows.push({ line: record.line, fields: storedFields(parsed.data), staffOwnerEmails, key });
  }
  return { rows, rejected };
}

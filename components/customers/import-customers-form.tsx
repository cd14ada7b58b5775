"use client";

import { importCustomersAction, type ImportReply } from "@/lib/actions/staff/customers";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field-errors";
import { CSV_COLUMNS, OPTIONAL_CSV_COLUMNS } from "@/lib/domain/customers/customer-csv";
import { importCustomersSchema } from "@/lib/domain/customers/customer-forms";
import { useSchemaForm } from "@/lib/forms/use-schema-form";

/** Upload a CSV for a first load; the report lists every rejected row with its line and reasons. */
export function ImportCustomersForm() {
  const { formProps, pending, ok, message, errors, lastResult } = useSchemaForm(
    importCustomersSchema,
    importCustomersAction,
  );
  // The import's reply carries the report of rejected rows as well.
  const reply: ImportReply | undefined = lastResult;
  const report = reply?.report;
  const fileErrors = errors.file;
  const rejected = report?.rejected ?? [];
  return (
    <div className="space-y-4">
      <form {...formProps} className="space-y-3">
        <div className="space-y-1">
          <label htmlFor="file" className="block text-sm font-medium text-slate-800">
            CSV file
          </label>
          <p id="file-hint" className="text-xs text-slate-600">
            UTF-8, at most 2 MB and 5,000 rows. First line: <code>{CSV_COLUMNS.join(",")}</code>, optionally with{" "}
            <code>{OPTIONAL_CSV_COLUMNS.join(",")}</code>. Separate several aliases or addresses in one cell with
            semicolons; active is true or false (empty means true); language, of the emails to the contacts, is en or zh
            (empty means en).
          </p>
          <input
            id="file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-invalid={fileErrors?.length ? true : undefined}
            aria-describedby={fileErrors?.length ? "file-hint file-error" : "file-hint"}
            className="block text-sm"
          />
          <FieldErrors id="file-error" errors={fileErrors} />
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Importing…" : "Import"}
        </Button>
      </form>
      {message && <Alert tone={ok ? "success" : "error"}>{message}</Alert>}
      {rejected.length > 0 && (
        <section aria-labelledby="import-report-heading" data-testid="import-report">
          <h2 id="import-report-heading" className="mb-2 font-medium">
            Rejected rows ({rejected.length} of {report?.rows})
          </h2>
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-2 pr-3">
                  Line
                </th>
                <th scope="col" className="py-2 pr-3">
                  Name
                </th>
                <th scope="col" className="py-2">
                  Reasons
                </th>
              </tr>
            </thead>
            <tbody>
              {rejected.map((row) => (
                <tr key={row.line} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-3">{row.line}</td>
                  <td className="py-2 pr-3">{row.name || "—"}</td>
                  <td className="py-2">
                    <ul className="list-disc pl-4">
                      {row.reasons.map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}

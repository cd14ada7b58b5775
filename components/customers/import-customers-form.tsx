"use client";

import { useLocale, useTranslations } from "next-intl";
import { translateErrors } from "@/lib/i18n/errors";
import { importCustomersAction, type ImportReply } from "@/lib/actions/staff/customers";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field-errors";
import { CSV_COLUMNS, OPTIONAL_CSV_COLUMNS } from "@/lib/domain/customers/customer-csv";
import { importCustomersSchema } from "@/lib/domain/customers/customer-forms";
import { useSchemaForm } from "@/lib/forms/use-schema-form";
import { formatNumber } from "@/lib/i18n/format";
import { withNodes } from "./with-nodes";

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
  const t = useTranslations();
  // A reason is a key under `errors`, after the column it is about ("name: enter_customer_name").
  const wordedReason = (reason: string) => {
    const [column, key] = reason.includes(": ") ? reason.split(": ", 2) : [undefined, reason];
    const worded = translateErrors(t, [key ?? reason])?.[0] ?? reason;
    return column ? `${column}: ${worded}` : worded;
  };
  const locale = useLocale();
  return (
    <div className="space-y-4">
      <form {...formProps} className="space-y-3">
        <div className="space-y-1">
          <label htmlFor="file" className="block text-sm font-medium text-slate-800">
            {t("customers.import.file")}
          </label>
          <p id="file-hint" className="text-xs text-slate-600">
            {withNodes(
              {
                columns: <code>{CSV_COLUMNS.join(",")}</code>,
                optional: <code>{OPTIONAL_CSV_COLUMNS.join(",")}</code>,
              },
              (markers) => t("customers.import.fileHint", markers),
            )}
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
          {pending ? t("customers.import.importing") : t("customers.import.submit")}
        </Button>
      </form>
      {message && <Alert tone={ok ? "success" : "error"}>{message}</Alert>}
      {rejected.length > 0 && (
        <section aria-labelledby="import-report-heading" data-testid="import-report">
          <h2 id="import-report-heading" className="mb-2 font-medium">
            {t("customers.import.rejected", {
              rejected: formatNumber(locale, rejected.length),
              rows: formatNumber(locale, report?.rows ?? 0),
            })}
          </h2>
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-2 pr-3">
                  {t("customers.import.line")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("customers.import.name")}
                </th>
                <th scope="col" className="py-2">
                  {t("customers.import.reasons")}
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
                        <li key={reason}>{wordedReason(reason)}</li>
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

"use client";

import { useLocale, useTranslations } from "next-intl";
import { withNodes } from "@/components/customers/with-nodes";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field-errors";
import { importSystemsAction, type SystemImportReply } from "@/lib/actions/staff/systems";
import { CSV_COLUMNS, OPTIONAL_CSV_COLUMNS } from "@/lib/domain/systems/system-csv";
import { importSystemsSchema } from "@/lib/domain/systems/system-forms";
import { useSchemaForm } from "@/lib/forms/use-schema-form";
import { translateErrors } from "@/lib/i18n/errors";
import { formatNumber } from "@/lib/i18n/format";
import { ShownOnceSecrets } from "./shown-once-secrets";

/**
 * Upload a CSV for a first load; the report lists every rejected row with its line and reasons, or, once
 * imported, the secrets of the webhook systems made (shown this once).
 */
export function ImportSystemsForm() {
  const { formProps, pending, ok, message, errors, lastResult } = useSchemaForm(
    importSystemsSchema,
    importSystemsAction,
  );
  const reply: SystemImportReply | undefined = lastResult;
  const report = reply?.report;
  const rejected = report?.rejected ?? [];
  const t = useTranslations();
  const locale = useLocale();
  // A reason is a key under `errors`, after the column it is about ("reach: choose_reach").
  const wordedReason = (reason: string) => {
    const [column, key] = reason.includes(": ") ? reason.split(": ", 2) : [undefined, reason];
    const worded = translateErrors(t, [key ?? reason])?.[0] ?? reason;
    return column ? `${column}: ${worded}` : worded;
  };
  return (
    <div className="space-y-4">
      <form {...formProps} className="space-y-3">
        <div className="space-y-1">
          <label htmlFor="file" className="block text-sm font-medium text-slate-800">
            {t("systems.import.file")}
          </label>
          <p id="file-hint" className="text-xs text-slate-600">
            {withNodes(
              {
                columns: <code>{CSV_COLUMNS.join(",")}</code>,
                optional: <code>{OPTIONAL_CSV_COLUMNS.join(",")}</code>,
              },
              (markers) => t("systems.import.fileHint", markers),
            )}
          </p>
          <input
            id="file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-invalid={errors.file?.length ? true : undefined}
            aria-describedby={errors.file?.length ? "file-hint file-error" : "file-hint"}
            className="block text-sm"
          />
          <FieldErrors id="file-error" errors={errors.file} />
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? t("systems.import.importing") : t("systems.import.submit")}
        </Button>
      </form>
      {message && <Alert tone={ok ? "success" : "error"}>{message}</Alert>}
      {ok && report && report.secrets.length > 0 && (
        <section aria-labelledby="import-secrets-heading" className="space-y-3">
          <h2 id="import-secrets-heading" className="font-medium">
            {t("systems.import.secretsTitle")}
          </h2>
          <p className="text-sm text-slate-700">{t("systems.secrets.shownOnce")}</p>
          {report.secrets.map((system) => (
            <ShownOnceSecrets
              key={system.systemId}
              systemId={system.systemId}
              name={system.name}
              secrets={system.secrets.map(({ kind, value }) => ({ kind, value }))}
              link
            />
          ))}
        </section>
      )}
      {rejected.length > 0 && (
        <section aria-labelledby="import-report-heading" data-testid="import-report">
          <h2 id="import-report-heading" className="mb-2 font-medium">
            {t("systems.import.rejected", {
              rejected: formatNumber(locale, rejected.length),
              rows: formatNumber(locale, report?.rows ?? 0),
            })}
          </h2>
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-2 pr-3">
                  {t("systems.import.line")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("systems.import.name")}
                </th>
                <th scope="col" className="py-2">
                  {t("systems.import.reasons")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rejected.map((row) => (
                <tr key={row.line} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-3">{row.line}</td>
                  <td className="py-2 pr-3" translate="no">
                    {row.name || "—"}
                  </td>
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

import type { Metadata } from "next";
import { RetryEmailButton } from "@/components/settings/retry-email-button";
import { TestEmailForm } from "@/components/settings/test-email-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { env } from "@/lib/config/env";
import { OutboxStatus } from "@/lib/db/generated/enums";
import { readDevMailbox } from "@/lib/email/dev-mailbox";
import { templateLabel } from "@/lib/email/templates";
import { mailDirOf } from "@/lib/email/transport";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { pageLocale } from "@/lib/i18n/page-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { outboxOverview } from "@/lib/server/email/outbox-overview";

const OUTBOX_STATUSES = Object.values(OutboxStatus);

export async function generateMetadata(): Promise<Metadata> {
  const t = translatorFor(await pageLocale());
  return { title: t("emails.delivery.title") };
}

export default async function EmailSettingsPage() {
  const { locale } = await requirePagePermission("mail:read", "/settings/email");
  const t = translatorFor(locale);
  const config = env();
  const overview = await outboxOverview();
  const mailbox = config.SMTP_URL ? [] : await readDevMailbox(mailDirOf(config.dataDir));
  return (
    <div className="space-y-8">
      <section>
        <h1 className="text-2xl font-semibold">{t("emails.delivery.title")}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {config.SMTP_URL ? t("emails.delivery.smtp") : t("emails.delivery.noSmtp")}
        </p>
      </section>
      <section aria-labelledby="test-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="test-heading" className="mb-3 font-medium">
          {t("emails.delivery.test")}
        </h2>
        <TestEmailForm />
      </section>
      <section aria-labelledby="outbox-heading">
        <h2 id="outbox-heading" className="mb-2 font-medium">
          {t("emails.delivery.outbox")}
        </h2>
        <dl className="flex gap-6 text-sm" data-testid="outbox-counts">
          {OUTBOX_STATUSES.map((status) => (
            <div key={status}>
              <dt className="text-slate-600">{t(`emails.delivery.statuses.${status}`)}</dt>
              <dd className="text-lg font-semibold">{formatNumber(locale, overview.counts[status])}</dd>
            </div>
          ))}
        </dl>
        {overview.failed.length > 0 && (
          <table className="mt-4 w-full text-sm">
            <caption className="text-left font-medium text-red-800">{t("emails.delivery.failed")}</caption>
            <thead>
              <tr className="text-left text-slate-600">
                <th>{t("emails.delivery.columns.template")}</th>
                <th>{t("emails.delivery.columns.to")}</th>
                <th>{t("emails.delivery.columns.attempts")}</th>
                <th>{t("emails.delivery.columns.lastError")}</th>
                <th>
                  <span className="sr-only">{t("emails.delivery.columns.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {overview.failed.map((row) => (
                <tr key={row.id} className="border-t border-slate-200">
                  <td>{templateLabel(t, row.template)}</td>
                  <td>{row.to}</td>
                  <td>{formatNumber(locale, row.attempts)}</td>
                  <td className="max-w-md truncate">{row.lastError}</td>
                  <td>
                    <RetryEmailButton outboxId={row.id} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {!config.SMTP_URL && (
        <section aria-labelledby="mailbox-heading">
          <h2 id="mailbox-heading" className="mb-2 font-medium">
            {t("emails.delivery.mailbox")}
          </h2>
          {mailbox.length === 0 ? (
            <p className="text-sm text-slate-600">{t("emails.delivery.noMail")}</p>
          ) : (
            <ul className="space-y-3" data-testid="dev-mailbox">
              {mailbox.map((m) => (
                <li key={m.file} className="rounded-md border border-slate-200 bg-white p-3">
                  <p className="text-sm font-medium">{m.subject}</p>
                  <p className="text-xs text-slate-600">
                    {t("emails.delivery.mailTo", {
                      to: m.to,
                      date: m.date ? t("labels.utc", { time: formatDateTime(locale, m.date) }) : "",
                    })}
                  </p>
                  <pre className="mt-2 text-sm whitespace-pre-wrap">{m.text}</pre>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}

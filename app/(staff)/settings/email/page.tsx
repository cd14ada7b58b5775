import type { Metadata } from "next";
import { RetryEmailButton } from "@/components/settings/retry-email-button";
import { TestEmailForm } from "@/components/settings/test-email-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { env } from "@/lib/config/env";
import { readDevMailbox } from "@/lib/email/dev-mailbox";
import { mailDirOf } from "@/lib/email/transport";
import { outboxOverview } from "@/lib/server/email/outbox-overview";

export const metadata: Metadata = { title: "Email" };

export default async function EmailSettingsPage() {
  await requirePagePermission("mail:read", "/settings/email");
  const config = env();
  const overview = await outboxOverview();
  const mailbox = config.SMTP_URL ? [] : await readDevMailbox(mailDirOf(config.dataDir));
  return (
    <div className="space-y-8">
      <section>
        <h1 className="text-2xl font-semibold">Email</h1>
        <p className="mt-1 text-sm text-slate-600">
          {config.SMTP_URL
            ? "Mail is delivered through the configured SMTP server."
            : "No SMTP server is configured: mail is kept in the development mailbox below."}
        </p>
      </section>
      <section aria-labelledby="test-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="test-heading" className="mb-3 font-medium">
          Test delivery
        </h2>
        <TestEmailForm />
      </section>
      <section aria-labelledby="outbox-heading">
        <h2 id="outbox-heading" className="mb-2 font-medium">
          Outbox
        </h2>
        <dl className="flex gap-6 text-sm" data-testid="outbox-counts">
          {Object.entries(overview.counts).map(([status, count]) => (
            <div key={status}>
              <dt className="text-slate-600">{status.toLowerCase()}</dt>
              <dd className="text-lg font-semibold">{count}</dd>
            </div>
          ))}
        </dl>
        {overview.failed.length > 0 && (
          <table className="mt-4 w-full text-sm">
            <caption className="text-left font-medium text-red-800">Gave up after retrying</caption>
            <thead>
              <tr className="text-left text-slate-600">
                <th>Template</th>
                <th>To</th>
                <th>Attempts</th>
                <th>Last error</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {overview.failed.map((row) => (
                <tr key={row.id} className="border-t border-slate-200">
                  <td>{row.template}</td>
                  <td>{row.to}</td>
                  <td>{row.attempts}</td>
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
            Development mailbox
          </h2>
          {mailbox.length === 0 ? (
            <p className="text-sm text-slate-600">No mail yet.</p>
          ) : (
            <ul className="space-y-3" data-testid="dev-mailbox">
              {mailbox.map((m) => (
                <li key={m.file} className="rounded-md border border-slate-200 bg-white p-3">
                  <p className="text-sm font-medium">{m.subject}</p>
                  <p className="text-xs text-slate-600">
                    To {m.to} · {m.date?.toISOString()}
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

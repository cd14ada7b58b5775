import { ActionForm } from "@/components/cases/action-form";
import type { CaseDetail } from "@/lib/server/cases/get-case-detail";
import type { CaseRoutingSummary } from "@/lib/server/routing/case-routing-summary";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/languages";
import { translateIfKnown, translatorFor } from "@/lib/i18n/translator";

/**
 * Routing to the cloud customer (the controller): the forwarding target, each delivery with its clock
 * and the customer's answer, and the routing actions open to this actor.
 */
export function CaseRoutingPanel({
  detail,
  routing,
  locale,
}: {
  detail: CaseDetail;
  routing: CaseRoutingSummary;
  locale: Locale;
}) {
  const t = translatorFor(locale);
  const at = (value: Date | null) =>
    value ? t("labels.utc", { time: formatDateTime(locale, value) }) : t("labels.none");
  const separator = t("cases.routing.separator");
  const can = (action: (typeof detail.actions)[number]) => detail.actions.includes(action);
  const common = { caseId: detail.id, version: detail.version };
  const confirmed = routing.customer;
  const contactOptions = (confirmed?.contacts ?? []).map((c) => ({ value: c.id, label: c.email }));
  const openRouting = routing.routings.find((r) => r.state === "SENT" && !r.revokedAt);
  if (!detail.customerNameGiven && routing.routings.length === 0 && !detail.customerId && !can("route")) return null;
  return (
    <section
      aria-labelledby="routing-title"
      className="space-y-3 rounded-md border border-slate-200 bg-white p-4"
      data-testid="routing-panel"
    >
      <h2 id="routing-title" className="font-semibold">
        {t("cases.routing.title")}
      </h2>
      {routing.forwardBy && (
        <p className="rounded bg-amber-50 p-2 text-sm text-amber-900" data-testid="forward-by">
          {t("cases.routing.forwardBy", {
            customer: confirmed?.name ?? t("cases.routing.theCustomer"),
            time: at(routing.forwardBy),
          })}
        </p>
      )}
      {routing.routings.length > 0 && (
        <ol className="space-y-2 text-sm" data-testid="routings">
          {routing.routings.map((r) => (
            <li key={r.id} className="border-l-4 border-slate-300 pl-3">
              <p className="font-medium">
                {t("cases.routing.delivery", {
                  customer: r.customerName,
                  state: translateIfKnown(t, `cases.routing.states.${r.state}`, r.state),
                })}
              </p>
              <p className="text-slate-600">
                {[
                  t("cases.routing.sentTo", { emails: r.contactEmails.join(", ") }),
                  t("cases.routing.sent", { time: at(r.sentAt) }),
                  ...(r.acknowledgedAt ? [t("cases.routing.acknowledged", { time: at(r.acknowledgedAt) })] : []),
                  ...(r.respondedAt ? [t("cases.routing.answered", { time: at(r.respondedAt) })] : []),
                ].join(separator)}
              </p>
              {r.state === "SENT" && !r.revokedAt && (
                <p className="text-slate-600">
                  {[
                    r.remindedAt
                      ? t("cases.routing.reminderSent", { time: at(r.remindedAt) })
                      : t("cases.routing.reminderDue", { time: at(r.remindAt) }),
                    r.escalatedAt
                      ? t("cases.routing.escalationSent", { time: at(r.escalatedAt) })
                      : t("cases.routing.escalationDue", { time: at(r.escalateAt) }),
                    t("cases.routing.validUntil", { time: at(r.expiresAt) }),
                  ].join(separator)}
                </p>
              )}
              {r.declineReason && (
                <p>
                  {t("cases.routing.declineReason", {
                    reason: translateIfKnown(t, `cases.routing.declineReasons.${r.declineReason}`, r.declineReason),
                  })}
                </p>
              )}
              {r.responseNote && (
                <p className="whitespace-pre-wrap">{t("cases.routing.note", { note: r.responseNote })}</p>
              )}
            </li>
          ))}
        </ol>
      )}
      {can("route") && !confirmed && (
        <p className="text-sm text-slate-600" data-testid="route-needs-customer">
          {t("cases.routing.needsCustomer")}
        </p>
      )}
      {can("route") && confirmed && contactOptions.length === 0 && (
        <p className="text-sm text-amber-900" data-testid="route-needs-contact">
          {t("cases.routing.needsContact", { customer: confirmed.name })}
        </p>
      )}
      {can("route") && confirmed && contactOptions.length > 0 && (
        <ActionForm
          id="route"
          title={t("cases.routing.routeTo", { customer: confirmed.name })}
          {...common}
          hidden={{ customerId: confirmed.id }}
          fields={[
            {
              name: "contactIds",
              label: t("cases.routing.sendTo"),
              kind: "checkboxes",
              options: contactOptions,
              checked: contactOptions.map((o) => o.value),
              hint: t("cases.routing.sendToHint", { customer: confirmed.name }),
            },
          ]}
          submitLabel={t("cases.routing.routeTo", { customer: confirmed.name })}
        />
      )}
      {can("manageRouting") && (
        <>
          {confirmed && openRouting && (
            <ActionForm
              id="resend-routing"
              title={t("cases.routing.resendTitle")}
              {...common}
              fields={[
                {
                  name: "contactIds",
                  label: t("cases.routing.resendTo"),
                  kind: "checkboxes",
                  options: contactOptions,
                  checked: openRouting.contactIds,
                  hint: t("cases.routing.resendHint", { customer: confirmed.name }),
                },
              ]}
              submitLabel={t("cases.routing.resendSubmit")}
              tone="secondary"
            />
          )}
          <ActionForm id="revoke-routing" {...common} submitLabel={t("cases.routing.revoke")} tone="secondary" />
        </>
      )}
      {can("closeTransferred") && (
        <ActionForm
          id="close-transferred"
          title={t("cases.routing.closeTransferred")}
          {...common}
          fields={[{ name: "reason", label: t("cases.routing.closeTransferredReason"), kind: "textarea" }]}
          submitLabel={t("cases.routing.closeTransferred")}
          tone="secondary"
        />
      )}
    </section>
  );
}

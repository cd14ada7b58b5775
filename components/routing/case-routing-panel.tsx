import { ActionForm } from "@/components/cases/action-form";
import type { CaseDetail } from "@/lib/server/cases/get-case-detail";
import type { CaseRoutingSummary } from "@/lib/server/routing/case-routing-summary";
import { formatDateTime } from "@/lib/i18n/format";
import { STAFF_LOCALE } from "@/lib/i18n/languages";

const at = (value: Date | null) => (value ? `${formatDateTime(STAFF_LOCALE, value)} UTC` : "—");

const STATE_LABELS: Record<string, string> = {
  SENT: "Sent, awaiting acknowledgement",
  ACKNOWLEDGED: "Acknowledged by the customer",
  COMPLETED_BY_CONTROLLER: "Completed by the customer",
  DECLINED_BY_CONTROLLER: "Declined by the customer",
  REVOKED: "Link revoked",
};

/**
 * Routing to the cloud customer (the controller): the forwarding target, each delivery with its clock
 * and the customer's answer, and the routing actions open to this actor.
 */
export function CaseRoutingPanel({ detail, routing }: { detail: CaseDetail; routing: CaseRoutingSummary }) {
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
        Cloud customer
      </h2>
      {routing.forwardBy && (
        <p className="rounded bg-amber-50 p-2 text-sm text-amber-900" data-testid="forward-by">
          Deliver to {confirmed?.name ?? "the customer"} by {at(routing.forwardBy)} (routing policy).
        </p>
      )}
      {routing.routings.length > 0 && (
        <ol className="space-y-2 text-sm" data-testid="routings">
          {routing.routings.map((r) => (
            <li key={r.id} className="border-l-4 border-slate-300 pl-3">
              <p className="font-medium">
                {r.customerName}: {STATE_LABELS[r.state] ?? r.state}
              </p>
              <p className="text-slate-600">
                to {r.contactEmails.join(", ")} · sent {at(r.sentAt)}
                {r.acknowledgedAt ? ` · acknowledged ${at(r.acknowledgedAt)}` : ""}
                {r.respondedAt ? ` · answered ${at(r.respondedAt)}` : ""}
              </p>
              {r.state === "SENT" && !r.revokedAt && (
                <p className="text-slate-600">
                  Reminder {r.remindedAt ? `sent ${at(r.remindedAt)}` : `due ${at(r.remindAt)}`} · escalation{" "}
                  {r.escalatedAt ? `sent ${at(r.escalatedAt)}` : `due ${at(r.escalateAt)}`} · link valid until{" "}
                  {at(r.expiresAt)}
                </p>
              )}
              {r.declineReason && <p>Reason: {r.declineReason.toLowerCase().replace(/_/g, " ")}</p>}
              {r.responseNote && <p className="whitespace-pre-wrap">Note: {r.responseNote}</p>}
            </li>
          ))}
        </ol>
      )}
      {can("route") && !confirmed && (
        <p className="text-sm text-slate-600" data-testid="route-needs-customer">
          To route the request, confirm its customer first (Customer match).
        </p>
      )}
      {can("route") && confirmed && contactOptions.length === 0 && (
        <p className="text-sm text-amber-900" data-testid="route-needs-contact">
          {confirmed.name} has no privacy contact listed. An officer or administrator adds one on the customer&apos;s
          page.
        </p>
      )}
      {can("route") && confirmed && contactOptions.length > 0 && (
        <ActionForm
          id="route"
          title={`Route to ${confirmed.name}`}
          {...common}
          hidden={{ customerId: confirmed.id }}
          fields={[
            {
              name: "contactIds",
              label: "Send to",
              kind: "checkboxes",
              options: contactOptions,
              checked: contactOptions.map((o) => o.value),
              hint: `Only ${confirmed.name}'s listed privacy contacts; officers and administrators keep that list.`,
            },
          ]}
          submitLabel={`Route to ${confirmed.name}`}
        />
      )}
      {can("manageRouting") && (
        <>
          {confirmed && openRouting && (
            <ActionForm
              id="resend-routing"
              title="Send again"
              {...common}
              fields={[
                {
                  name: "contactIds",
                  label: "To",
                  kind: "checkboxes",
                  options: contactOptions,
                  checked: openRouting.contactIds,
                  hint: `${confirmed.name}'s listed privacy contacts.`,
                },
              ]}
              submitLabel="Send again with a new link"
              tone="secondary"
            />
          )}
          <ActionForm id="revoke-routing" {...common} submitLabel="Revoke the customer's link" tone="secondary" />
        </>
      )}
      {can("closeTransferred") && (
        <ActionForm
          id="close-transferred"
          title="Close as transferred"
          {...common}
          fields={[{ name: "reason", label: "How the customer confirmed", kind: "textarea" }]}
          submitLabel="Close as transferred"
          tone="secondary"
        />
      )}
    </section>
  );
}

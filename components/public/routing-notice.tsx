import type { Translator } from "@/lib/i18n/translator";
import type { RoutingView } from "@/lib/server/status/status-view";

/** The business customer deciding on the request, what it has done, and how to reach it (policy 6.4). */
export function RoutingNotice({ routing, t }: { routing: RoutingView; t: Translator }) {
  const values = { customer: routing.customerName };
  return (
    <section
      aria-labelledby="routing"
      className="mt-6 space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm"
      data-testid="routing"
    >
      <h2 id="routing" className="text-lg font-medium">
        {t("status.routingTitle")}
      </h2>
      <p data-testid="routing-state">{t(`status.routing.${routing.state}`, values)}</p>
      {routing.state !== "DECLINED_BY_CONTROLLER" && (
        <p className="text-slate-600">{t("status.routingWhy", values)}</p>
      )}
      {routing.contactEmails.length > 0 && (
        <div>
          <p>{t("status.routingContact", values)}</p>
          <ul className="mt-1 space-y-0.5">
            {routing.contactEmails.map((email) => (
              <li key={email}>
                <a href={`mailto:${email}`} className="text-blue-800 underline">
                  {email}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

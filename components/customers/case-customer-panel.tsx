import Link from "next/link";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { translatorFor } from "@/lib/i18n/translator";
import { matchCaseCustomer } from "@/lib/server/customers/match-case-customer";
import { ConfirmCustomerButton } from "./confirm-customer-button";

/**
 * The case page's cloud-customer panel: what the requester typed, the registered customers it most
 * likely means (names and aliases, tolerant of spelling) with a Confirm button each, the confirmed
 * customer, and adding a new one from the case. Reads its own data, so the page only places it.
 */
export async function CaseCustomerPanel({ caseId, actor }: { caseId: string; actor: Actor }) {
  const match = await matchCaseCustomer(caseId, actor);
  const t = translatorFor(actor.locale);
  const routingOut = match.routingState === "SENT" || match.routingState === "ACKNOWLEDGED";
  const canConfirm = can(actor.role, "cases:work") && match.status !== "CLOSED" && !routingOut;
  const canCreate = canConfirm && can(actor.role, "customers:manage");
  const others = match.matches.filter((m) => m.id !== match.confirmed?.id);
  const newHref = `/customers/new?case=${match.caseId}`;
  return (
    <section
      aria-labelledby="customer-panel-title"
      className="rounded-md border border-slate-200 bg-white p-4"
      data-testid="case-customer-panel"
    >
      <h2 id="customer-panel-title" className="mb-2 font-semibold">
        {t("cases.customerMatch.title")}
      </h2>
      <p className="text-sm">
        {match.customerNameGiven ? (
          <>
            {t("cases.customerMatch.wrote")} <q className="font-medium">{match.customerNameGiven}</q>
          </>
        ) : (
          t("cases.customerMatch.namedNone")
        )}
      </p>
      <div className="mt-3 text-sm">
        <h3 className="font-medium">{t("cases.customerMatch.confirmed")}</h3>
        {match.confirmed ? (
          <div className="flex flex-wrap items-center gap-2" data-testid="confirmed-customer">
            <Link href={`/customers/${match.confirmed.id}`} className="text-blue-800 underline" translate="no">
              {match.confirmed.name}
            </Link>
            {!match.confirmed.active && <span className="text-xs text-amber-800">{t("cases.customerMatch.inactive")}</span>}
            {canConfirm && <ConfirmCustomerButton caseId={match.caseId} version={match.version} customer={null} />}
          </div>
        ) : (
          <p className="text-slate-600">{t("cases.customerMatch.noneYet")}</p>
        )}
        {routingOut && (
          <p className="mt-1 text-xs text-slate-600">
            {t("cases.customerMatch.routingOut")}
          </p>
        )}
      </div>
      {match.customerNameGiven && (
        <div className="mt-3 text-sm">
          <h3 className="font-medium">{t("cases.customerMatch.bestMatches")}</h3>
          {others.length ? (
            <ul className="mt-1 space-y-2">
              {others.map((m) => (
                <li key={m.id} className="flex flex-wrap items-center gap-2">
                  <Link href={`/customers/${m.id}`} className="text-blue-800 underline" translate="no">
                    {m.name}
                  </Link>
                  <span className="text-xs text-slate-600">
                    {m.matchedOn === "alias"
                      ? t("cases.customerMatch.scoreAlias", { percent: Math.round(m.score * 100), alias: m.matchedText })
                      : t("cases.customerMatch.score", { percent: Math.round(m.score * 100) })}
                  </span>
                  {canConfirm && <ConfirmCustomerButton caseId={match.caseId} version={match.version} customer={m} />}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-600">
              {match.matches.length ? t("cases.customerMatch.noOther") : t("cases.customerMatch.noMatches")}
            </p>
          )}
        </div>
      )}
      {canCreate && (
        <p className="mt-3 text-sm">
          <Link href={newHref} className="text-blue-800 underline">
            {t("cases.customerMatch.addNew")}
          </Link>
        </p>
      )}
    </section>
  );
}

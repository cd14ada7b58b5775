import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PartnerResponseForm } from "@/components/routing/partner-response-form";
import { TYPE_LABELS } from "@/lib/domain/cases/labels";
import { isAppError } from "@/lib/errors/app-error";
import { customerRoutingView, type CustomerRoutingView } from "@/lib/server/routing/customer-routing-view";

export const metadata: Metadata = {
  title: "A data-subject request for you",
  referrer: "no-referrer",
  robots: { index: false },
};
export const dynamic = "force-dynamic";

const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

function words(key: string): string {
  return key.replace(/([A-Z])/g, " $1").replace(/^./, (c) => c.toUpperCase());
}

const STATE_TEXT: Record<string, string> = {
  SENT: "Waiting for your acknowledgement.",
  ACKNOWLEDGED: "You acknowledged this request.",
  COMPLETED_BY_CONTROLLER: "You reported this request completed. Thank you.",
  DECLINED_BY_CONTROLLER: "You declined this request. We have taken it back.",
};

/**
 * The cloud customer's secure page: only what they need to decide on the request (policy 6.4), reached
 * by the link we emailed (256-bit token, hash stored, expiring, revocable). No account needed.
 */
export default async function PartnerPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  let view: CustomerRoutingView;
  try {
    view = await customerRoutingView(token);
  } catch (error) {
    // Unknown, expired, revoked and replaced links: one 404 page (./not-found.tsx).
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const answered = view.routing.state !== "SENT" && view.routing.state !== "ACKNOWLEDGED";
  return (
    <main className="mx-auto max-w-2xl space-y-6 px-4 py-10">
      <header>
        <p className="text-sm text-slate-600">For {view.customerName}</p>
        <h1 className="text-2xl font-semibold">
          Data-subject request <span className="font-mono">{view.reference}</span>
        </h1>
        <p className="text-slate-700">
          We process this person&apos;s data on your behalf. You are the controller: please decide on the request and
          answer the person. Tell us below what you did.
        </p>
      </header>
      <section aria-labelledby="request-title" className="rounded-md border border-slate-200 bg-white p-4">
        <h2 id="request-title" className="mb-2 font-semibold">
          The request
        </h2>
        <dl className="grid grid-cols-3 gap-x-3 gap-y-1 text-sm">
          <dt className="text-slate-600">Type</dt>
          <dd className="col-span-2">{TYPE_LABELS[view.type] ?? view.type}</dd>
          {Object.entries(view.details).map(([key, value]) => (
            <div key={key} className="contents">
              <dt className="text-slate-600">{words(key)}</dt>
              <dd className="col-span-2 whitespace-pre-wrap">
                {typeof value === "string" ? value : JSON.stringify(value)}
              </dd>
            </div>
          ))}
          <dt className="text-slate-600">From</dt>
          <dd className="col-span-2" data-testid="partner-requester">
            {view.requester.name} · {view.requester.email}
            {view.onBehalfOfSomeoneElse ? " (acting for someone else)" : ""} · writes in{" "}
            {view.requester.locale === "zh" ? "Chinese" : "English"}
          </dd>
          <dt className="text-slate-600">Received by us</dt>
          <dd className="col-span-2">{date.format(view.receivedAt)}</dd>
          <dt className="text-slate-600">Our legal due date</dt>
          <dd className="col-span-2">{view.ourDueDate}</dd>
          <dt className="text-slate-600">Sent to you</dt>
          <dd className="col-span-2">{date.format(view.routing.sentAt)}</dd>
        </dl>
      </section>
      <section aria-labelledby="answer-title" className="space-y-3 rounded-md border border-slate-200 bg-white p-4">
        <h2 id="answer-title" className="font-semibold">
          Your answer
        </h2>
        <p className="text-sm" data-testid="partner-state">
          {STATE_TEXT[view.routing.state]}
        </p>
        {!answered && <PartnerResponseForm token={token} state={view.routing.state} />}
      </section>
    </main>
  );
}

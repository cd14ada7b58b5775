import type { Metadata } from "next";
import { RoutingPolicyForm } from "@/components/settings/routing-policy-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { loadRoutingPolicy } from "@/lib/server/routing/routing-policy";

export const metadata: Metadata = { title: "Routing" };

export default async function RoutingSettingsPage() {
  await requirePagePermission("settings:manage", "/settings/routing");
  const policy = await loadRoutingPolicy(db());
  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-2xl font-semibold">Routing to cloud customers</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          The clock on requests passed to the business customer who controls the data. Business days follow each
          case&apos;s regime calendar (weekends and public holidays do not count). New values apply to requests routed
          from now on and to the forwarding target of cases not yet routed; links and reminders already sent keep their
          dates.
        </p>
      </section>
      <section aria-labelledby="clock-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="clock-heading" className="mb-3 font-medium">
          Routing clock
        </h2>
        <RoutingPolicyForm
          policy={{
            forwardWithinBusinessDays: policy.forwardWithinBusinessDays,
            remindAfterBusinessDays: policy.remindAfterBusinessDays,
            escalateAfterBusinessDays: policy.escalateAfterBusinessDays,
            linkValidDays: policy.linkValidDays,
          }}
        />
      </section>
    </div>
  );
}

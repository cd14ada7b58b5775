import type { Metadata } from "next";
import Link from "next/link";
import { CalendarYearForm } from "@/components/settings/calendar-year-form";
import { DeadlinePolicyForm } from "@/components/settings/deadline-policy-form";
import { Alert } from "@/components/ui/alert";
import { requirePagePermission } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { REGIMES, type DeadlineRule, type RegimeCode } from "@/lib/domain/deadlines";
import { loadDeadlineSettings } from "@/lib/server/settings/load-deadline-settings";

export const metadata: Metadata = { title: "Deadlines and calendars" };

const REGIME_NAMES: Record<RegimeCode, string> = {
  EU_GDPR: "EU GDPR",
  UK_GDPR: "UK GDPR",
  CN_PIPL: "China PIPL",
  US_CA_CCPA: "California CCPA",
  BR_LGPD: "Brazil LGPD",
  DEFAULT: "Default (company policy)",
};

/** Calendars offered in the form; any country or region code of the public-holiday library is accepted too. */
const SUGGESTED_CALENDARS = ["WEEKDAYS", "IE", "GB-ENG", "US-CA", "CN", "BR", "DE", "FR"];

function plural(count: number, one: string, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}

function describeRule(rule: DeadlineRule): string {
  const extension = rule.extension > 0 ? `; extension adds ${rule.extension}` : "; no extension";
  if (rule.unit === "MONTHS") return `${plural(rule.length, "month")}${extension}`;
  if (rule.unit === "WORKING_DAYS") return `${plural(rule.length, "working day")} from the next day${extension}`;
  const details = [
    rule.receiptIsDayOne ? "receipt is day 1" : null,
    rule.rollForward ? "rolls past non-working days" : null,
  ].filter(Boolean);
  return `${plural(rule.length, "calendar day")}${details.length ? ` (${details.join(", ")})` : ""}${extension}`;
}

const yesNo = (value: boolean) => (value ? "Yes" : "No");

export default async function DeadlineSettingsPage({ searchParams }: { searchParams: Promise<{ edit?: string }> }) {
  await requirePagePermission("settings:manage", "/settings/deadlines");
  const { edit } = await searchParams;
  const { policies, schedules } = await loadDeadlineSettings(db());
  const editing = policies.find((p) => p.regime === edit && (REGIMES as readonly string[]).includes(edit));
  const calendars = [...new Set([...SUGGESTED_CALENDARS, ...schedules.map((s) => s.calendar)])];
  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-2xl font-semibold">Deadlines and calendars</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          How each regime counts the legal time limit, and the official schedules of working days it counts on.
        </p>
      </section>
      <Alert tone="info">
        Each case keeps the policy it was opened under (a snapshot), so a change here never moves the dates of an
        existing case. It applies to requests received from now on.
      </Alert>
      <section aria-labelledby="policies-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="policies-heading" className="mb-3 font-medium">
          Policies
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="deadline-policies">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  Regime
                </th>
                <th scope="col" className="py-2 pr-3">
                  Time zone
                </th>
                <th scope="col" className="py-2 pr-3">
                  Calendar
                </th>
                <th scope="col" className="py-2 pr-3">
                  Rule
                </th>
                <th scope="col" className="py-2 pr-3">
                  Clock stops
                </th>
                <th scope="col" className="py-2 pr-3">
                  Identity restart
                </th>
                <th scope="col" className="py-2 pr-3">
                  Acknowledge within
                </th>
                <th scope="col" className="py-2 pr-3">
                  Source
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">Edit</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {policies.map((policy) => (
                <tr key={policy.regime} className="border-b border-slate-100 align-top">
                  <th scope="row" className="py-2 pr-3 font-medium">
                    {REGIME_NAMES[policy.regime]}
                  </th>
                  <td className="py-2 pr-3">{policy.timeZone}</td>
                  <td className="py-2 pr-3">{policy.calendar}</td>
                  <td className="py-2 pr-3">{describeRule(policy.rule)}</td>
                  <td className="py-2 pr-3">{yesNo(policy.clockStops)}</td>
                  <td className="py-2 pr-3">{yesNo(policy.identityRestart)}</td>
                  <td className="py-2 pr-3">
                    {policy.acknowledgementBusinessDays === null
                      ? "—"
                      : plural(policy.acknowledgementBusinessDays, "business day")}
                  </td>
                  <td className="py-2 pr-3 text-slate-700">{policy.source}</td>
                  <td className="py-2">
                    <Link
                      href={`/settings/deadlines?edit=${policy.regime}#edit-policy`}
                      className="text-blue-800 underline"
                      aria-label={`Edit the ${REGIME_NAMES[policy.regime]} policy`}
                    >
                      Edit
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {editing && (
        <section
          id="edit-policy"
          aria-labelledby="edit-policy-heading"
          className="rounded-lg border border-slate-200 bg-white p-4"
        >
          <h2 id="edit-policy-heading" className="mb-3 font-medium">
            Edit the {REGIME_NAMES[editing.regime]} policy
          </h2>
          <DeadlinePolicyForm
            key={`${editing.regime}-${editing.updatedAt.toISOString()}`}
            policy={editing}
            calendars={calendars}
            timeZones={Intl.supportedValuesOf("timeZone")}
          />
        </section>
      )}
      <section aria-labelledby="calendars-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="calendars-heading" className="mb-1 font-medium">
          Holiday calendars
        </h2>
        <p className="mb-3 max-w-3xl text-sm text-slate-600">
          Country and region calendars such as IE, GB-ENG and US-CA come from a public-holiday library for every year;
          WEEKDAYS counts Monday to Friday. Official schedules published year by year, such as China&apos;s State
          Council arrangements, are kept as data: a deadline falling in a year not listed here is flagged &quot;calendar
          missing&quot; until the year is added.
        </p>
        <table className="w-full text-left text-sm" data-testid="calendar-years">
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-3">
                Calendar
              </th>
              <th scope="col" className="py-2 pr-3">
                Year
              </th>
              <th scope="col" className="py-2 pr-3">
                Public holidays
              </th>
              <th scope="col" className="py-2 pr-3">
                Weekend days worked
              </th>
              <th scope="col" className="py-2">
                Source
              </th>
            </tr>
          </thead>
          <tbody>
            {schedules.flatMap(({ calendar, years }) =>
              years.map((y) => (
                <tr key={`${calendar}-${y.year}`} className="border-b border-slate-100">
                  <th scope="row" className="py-2 pr-3 font-medium">
                    {calendar}
                  </th>
                  <td className="py-2 pr-3">{y.year}</td>
                  <td className="py-2 pr-3">{y.holidays}</td>
                  <td className="py-2 pr-3">{y.workingWeekendDays}</td>
                  <td className="py-2 text-slate-700">{y.source}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
        <h3 className="mt-5 mb-2 font-medium">Add a year</h3>
        <CalendarYearForm />
      </section>
    </div>
  );
}

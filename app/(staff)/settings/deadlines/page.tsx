import type { Metadata } from "next";
import Link from "next/link";
import { CalendarYearForm } from "@/components/settings/calendar-year-form";
import { DeadlinePolicyForm } from "@/components/settings/deadline-policy-form";
import { Alert } from "@/components/ui/alert";
import { requirePagePermission } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { REGIMES, type DeadlineRule } from "@/lib/domain/deadlines";
import { pageLocale } from "@/lib/i18n/page-locale";
import { translatorFor, type Translator } from "@/lib/i18n/translator";
import { loadDeadlineSettings } from "@/lib/server/settings/load-deadline-settings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translatorFor(await pageLocale())("settings.deadlines.title") };
}

/** Calendars offered in the form; any country or region code of the public-holiday library is accepted too. */
const SUGGESTED_CALENDARS = ["WEEKDAYS", "IE", "GB-ENG", "US-CA", "CN", "BR", "DE", "FR"];

/** A policy's rule in a few words: "1 month; extension adds 2 months". */
function describeRule(t: Translator, rule: DeadlineRule): string {
  let text = t(`settings.deadlines.rule.length.${rule.unit}`, { length: rule.length });
  if (rule.unit === "CALENDAR_DAYS") {
    const details = [
      rule.receiptIsDayOne ? t("settings.deadlines.rule.receiptIsDayOne") : null,
      rule.rollForward ? t("settings.deadlines.rule.rollsForward") : null,
    ].filter((detail) => detail !== null);
    const [first, second] = details;
    if (first !== undefined) {
      text = t("settings.deadlines.rule.withDetails", {
        rule: text,
        details: second === undefined ? first : t("settings.deadlines.rule.bothDetails", { first, second }),
      });
    }
  }
  return rule.extension > 0
    ? t(`settings.deadlines.rule.extension.${rule.unit}`, { rule: text, extension: rule.extension })
    : t("settings.deadlines.rule.noExtension", { rule: text });
}

export default async function DeadlineSettingsPage({ searchParams }: { searchParams: Promise<{ edit?: string }> }) {
  const actor = await requirePagePermission("settings:manage", "/settings/deadlines");
  const t = translatorFor(actor.locale);
  const yesNo = (value: boolean) => (value ? t("labels.yes") : t("labels.no"));
  const { edit } = await searchParams;
  const { policies, schedules } = await loadDeadlineSettings(db());
  const editing = policies.find((p) => p.regime === edit && (REGIMES as readonly string[]).includes(edit));
  const calendars = [...new Set([...SUGGESTED_CALENDARS, ...schedules.map((s) => s.calendar)])];
  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-2xl font-semibold">{t("settings.deadlines.title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("settings.deadlines.intro")}</p>
      </section>
      <Alert tone="info">{t("settings.deadlines.snapshot")}</Alert>
      <section aria-labelledby="policies-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="policies-heading" className="mb-3 font-medium">
          {t("settings.deadlines.policies")}
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="deadline-policies">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  {t("settings.deadlines.columns.regime")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("settings.deadlines.columns.timeZone")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("settings.deadlines.columns.calendar")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("settings.deadlines.columns.rule")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("settings.deadlines.columns.clockStops")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("settings.deadlines.columns.identityRestart")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("settings.deadlines.columns.acknowledge")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("settings.deadlines.columns.source")}
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">{t("settings.deadlines.columns.edit")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {policies.map((policy) => (
                <tr key={policy.regime} className="border-b border-slate-100 align-top">
                  <th scope="row" className="py-2 pr-3 font-medium">
                    {t(`labels.regimes.${policy.regime}`)}
                  </th>
                  <td className="py-2 pr-3" translate="no">
                    {policy.timeZone}
                  </td>
                  <td className="py-2 pr-3" translate="no">
                    {policy.calendar}
                  </td>
                  <td className="py-2 pr-3">{describeRule(t, policy.rule)}</td>
                  <td className="py-2 pr-3">{yesNo(policy.clockStops)}</td>
                  <td className="py-2 pr-3">{yesNo(policy.identityRestart)}</td>
                  <td className="py-2 pr-3">
                    {policy.acknowledgementBusinessDays === null
                      ? t("labels.none")
                      : t("settings.deadlines.businessDays", { count: policy.acknowledgementBusinessDays })}
                  </td>
                  <td className="py-2 pr-3 text-slate-700" translate="no">
                    {policy.source}
                  </td>
                  <td className="py-2">
                    <Link
                      href={`/settings/deadlines?edit=${policy.regime}#edit-policy`}
                      className="text-blue-800 underline"
                      aria-label={t("settings.deadlines.editPolicy", { regime: t(`labels.regimes.${policy.regime}`) })}
                    >
                      {t("settings.deadlines.edit")}
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
            {t("settings.deadlines.editPolicy", { regime: t(`labels.regimes.${editing.regime}`) })}
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
          {t("settings.deadlines.calendars.title")}
        </h2>
        <p className="mb-3 max-w-3xl text-sm text-slate-600">{t("settings.deadlines.calendars.intro")}</p>
        <table className="w-full text-left text-sm" data-testid="calendar-years">
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-3">
                {t("settings.deadlines.calendars.columns.calendar")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("settings.deadlines.calendars.columns.year")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("settings.deadlines.calendars.columns.holidays")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("settings.deadlines.calendars.columns.weekendDaysWorked")}
              </th>
              <th scope="col" className="py-2">
                {t("settings.deadlines.calendars.columns.source")}
              </th>
            </tr>
          </thead>
          <tbody>
            {schedules.flatMap(({ calendar, years }) =>
              years.map((y) => (
                <tr key={`${calendar}-${y.year}`} className="border-b border-slate-100">
                  <th scope="row" className="py-2 pr-3 font-medium" translate="no">
                    {calendar}
                  </th>
                  <td className="py-2 pr-3">{y.year}</td>
                  <td className="py-2 pr-3">{y.holidays}</td>
                  <td className="py-2 pr-3">{y.workingWeekendDays}</td>
                  <td className="py-2 text-slate-700" translate="no">
                    {y.source}
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
        <h3 className="mt-5 mb-2 font-medium">{t("settings.deadlines.calendars.addYear")}</h3>
        <CalendarYearForm />
      </section>
    </div>
  );
}

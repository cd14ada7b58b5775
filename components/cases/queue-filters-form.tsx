import Link from "next/link";
import { Button } from "@/components/ui/button";
import { RoutingState } from "@/lib/db/generated/enums";
import { TASK_FILTERS, VIEW_NAMES, queueHref, type QueueFilters } from "@/lib/domain/cases/queue-filters";
import { CASE_STATUSES } from "@/lib/domain/cases/workflow";
import { REGIMES } from "@/lib/domain/deadlines";
import { REQUEST_TYPES } from "@/lib/domain/intake/request-schema";
import type { Locale } from "@/lib/i18n/languages";
import { translatorFor } from "@/lib/i18n/translator";

const ROUTING_STATES = Object.values(RoutingState);

const select = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

function Select({
  name,
  label,
  any,
  value,
  options,
}: {
  name: string;
  label: string;
  /** The choice of no filter. */
  any: string;
  value: string | undefined;
  /** `data`: an option named by what people typed (a staff member, a customer), shown as typed. */
  options: { value: string; label: string; data?: boolean }[];
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={`filter-${name}`} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={select}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} translate={o.data ? "no" : undefined}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Check({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <label className="flex items-center gap-1 text-sm">
      <input type="checkbox" name={name} value="1" defaultChecked={checked} /> {label}
    </label>
  );
}

/**
 * Saved views and the filter form. The form is a plain GET form: filters live in the URL, so a view can
 * be shared and the back button works, with or without JavaScript. Its controls are uncontrolled, so the
 * form is keyed by the filters: when a saved view or the back button changes the list by client-side
 * navigation, the controls are rendered afresh from the filters the list is shown with (a saved view's
 * filters included) instead of keeping the previous ones.
 */
export function QueueFiltersForm({
  locale,
  filters,
  staff,
  customers,
}: {
  locale: Locale;
  filters: QueueFilters;
  staff: { id: string; name: string }[];
  customers: { id: string; name: string }[];
}) {
  const t = translatorFor(locale);
  const any = t("cases.filters.any");
  return (
    <div className="space-y-3">
      <nav aria-label={t("cases.filters.savedViews")} className="flex flex-wrap gap-2 text-sm">
        <Link
          href="/cases"
          className={`rounded-full border px-3 py-1 ${!filters.view ? "bg-slate-800 text-white" : ""}`}
        >
          {t("cases.filters.allOpen")}
        </Link>
        {VIEW_NAMES.map((view) => (
          <Link
            key={view}
            href={queueHref({ view })}
            aria-current={filters.view === view ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${filters.view === view ? "bg-slate-800 text-white" : ""}`}
          >
            {t(`cases.filters.views.${view}`)}
          </Link>
        ))}
      </nav>
      <form
        key={queueHref({ ...filters, after: undefined })}
        method="get"
        action="/cases"
        role="search"
        aria-label={t("cases.filters.form")}
        className="flex flex-wrap items-end gap-3"
      >
        <div className="space-y-1">
          <label htmlFor="filter-q" className="block text-xs font-medium text-slate-700">
            {t("cases.filters.q")}
          </label>
          <input id="filter-q" name="q" defaultValue={filters.q ?? ""} className={`${select} w-64`} type="search" />
        </div>
        <Select
          name="status"
          label={t("cases.filters.status")}
          any={any}
          value={filters.status}
          options={CASE_STATUSES.map((s) => ({ value: s, label: t(`caseTimeline.statuses.${s}`) }))}
        />
        <Select
          name="type"
          label={t("cases.filters.type")}
          any={any}
          value={filters.type}
          options={REQUEST_TYPES.map((type) => ({ value: type, label: t(`labels.types.${type}`) }))}
        />
        <Select
          name="regime"
          label={t("cases.filters.regime")}
          any={any}
          value={filters.regime}
          options={REGIMES.map((r) => ({ value: r, label: t(`labels.regimes.${r}`) }))}
        />
        <Select
          name="assignee"
          label={t("cases.filters.assignee")}
          any={any}
          value={filters.assignee}
          options={[
            { value: "me", label: t("cases.filters.me") },
            { value: "none", label: t("cases.filters.unassigned") },
            ...staff.map((s) => ({ value: s.id, label: s.name, data: true })),
          ]}
        />
        <Select
          name="customer"
          label={t("cases.filters.customer")}
          any={any}
          value={filters.customer}
          options={[
            { value: "yes", label: t("labels.yes") },
            { value: "no", label: t("labels.no") },
          ]}
        />
        <Select
          name="customerId"
          label={t("cases.filters.customerId")}
          any={any}
          value={filters.customerId}
          options={customers.map((c) => ({ value: c.id, label: c.name, data: true }))}
        />
        <Select
          name="routing"
          label={t("cases.filters.routing")}
          any={any}
          value={filters.routing}
          options={ROUTING_STATES.map((state) => ({ value: state, label: t(`cases.filters.routingStates.${state}`) }))}
        />
        <Select
          name="tasks"
          label={t("tasks.filters.label")}
          any={any}
          value={filters.tasks}
          options={TASK_FILTERS.map((filter) => ({ value: filter, label: t(`tasks.filters.${filter}`) }))}
        />
        <div className="space-y-1">
          <label htmlFor="filter-dueWithin" className="block text-xs font-medium text-slate-700">
            {t("cases.filters.dueWithin")}
          </label>
          <input
            id="filter-dueWithin"
            name="dueWithin"
            type="number"
            min={0}
            max={366}
            defaultValue={filters.dueWithin ?? ""}
            className={`${select} w-24`}
          />
        </div>
        <div className="space-y-1">
          <Check name="overdue" label={t("cases.filters.overdue")} checked={filters.overdue} />
          <Check name="duplicate" label={t("cases.filters.duplicate")} checked={filters.duplicate} />
          <Check name="unverified" label={t("cases.filters.unverified")} checked={filters.unverified} />
        </div>
        <Button type="submit">{t("cases.filters.submit")}</Button>
        <Link href="/cases" className="py-2 text-sm text-blue-800 hover:underline">
          {t("cases.filters.clear")}
        </Link>
      </form>
    </div>
  );
}

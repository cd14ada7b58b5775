import Link from "next/link";
import { Button } from "@/components/ui/button";
import { TYPE_LABELS } from "@/lib/domain/cases/labels";
import { SAVED_VIEWS, VIEW_NAMES, queueHref, type QueueFilters } from "@/lib/domain/cases/queue-filters";
import { CASE_STATUSES, statusLabel } from "@/lib/domain/cases/workflow";
import { REGIMES } from "@/lib/domain/deadlines";

const select = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

function Select({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={`filter-${name}`} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={select}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
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
  filters,
  staff,
  customers,
}: {
  filters: QueueFilters;
  staff: { id: string; name: string }[];
  customers: { id: string; name: string }[];
}) {
  return (
    <div className="space-y-3">
      <nav aria-label="Saved views" className="flex flex-wrap gap-2 text-sm">
        <Link
          href="/cases"
          className={`rounded-full border px-3 py-1 ${!filters.view ? "bg-slate-800 text-white" : ""}`}
        >
          All open
        </Link>
        {VIEW_NAMES.map((view) => (
          <Link
            key={view}
            href={queueHref({ view })}
            aria-current={filters.view === view ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${filters.view === view ? "bg-slate-800 text-white" : ""}`}
          >
            {SAVED_VIEWS[view].label}
          </Link>
        ))}
      </nav>
      <form
        key={queueHref({ ...filters, after: undefined })}
        method="get"
        action="/cases"
        role="search"
        aria-label="Filter cases"
        className="flex flex-wrap items-end gap-3"
      >
        <div className="space-y-1">
          <label htmlFor="filter-q" className="block text-xs font-medium text-slate-700">
            Reference or requester email
          </label>
          <input id="filter-q" name="q" defaultValue={filters.q ?? ""} className={`${select} w-64`} type="search" />
        </div>
        <Select
          name="status"
          label="Status"
          value={filters.status}
          options={CASE_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
        />
        <Select
          name="type"
          label="Type"
          value={filters.type}
          options={Object.entries(TYPE_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <Select
          name="regime"
          label="Regime"
          value={filters.regime}
          options={REGIMES.map((r) => ({ value: r, label: r }))}
        />
        <Select
          name="assignee"
          label="Assignee"
          value={filters.assignee}
          options={[
            { value: "me", label: "Me" },
            { value: "none", label: "Unassigned" },
            ...staff.map((s) => ({ value: s.id, label: s.name })),
          ]}
        />
        <Select
          name="customer"
          label="Customer named"
          value={filters.customer}
          options={[
            { value: "yes", label: "Yes" },
            { value: "no", label: "No" },
          ]}
        />
        <Select
          name="customerId"
          label="Customer"
          value={filters.customerId}
          options={customers.map((c) => ({ value: c.id, label: c.name }))}
        />
        <Select
          name="routing"
          label="Routing"
          value={filters.routing}
          options={[
            { value: "SENT", label: "Sent, not acknowledged" },
            { value: "ACKNOWLEDGED", label: "Acknowledged" },
            { value: "COMPLETED_BY_CONTROLLER", label: "Completed by customer" },
            { value: "DECLINED_BY_CONTROLLER", label: "Declined by customer" },
            { value: "REVOKED", label: "Link revoked" },
          ]}
        />
        <div className="space-y-1">
          <label htmlFor="filter-dueWithin" className="block text-xs font-medium text-slate-700">
            Due within (days)
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
          <Check name="overdue" label="Overdue" checked={filters.overdue} />
          <Check name="duplicate" label="Possible duplicate" checked={filters.duplicate} />
          <Check name="unverified" label="Include unverified" checked={filters.unverified} />
        </div>
        <Button type="submit">Filter</Button>
        <Link href="/cases" className="py-2 text-sm text-blue-800 hover:underline">
          Clear
        </Link>
      </form>
    </div>
  );
}

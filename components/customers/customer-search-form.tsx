import { Button } from "@/components/ui/button";
import type { CustomerFilters } from "@/lib/domain/customers/customer-filters";
import type { Locale } from "@/lib/i18n/languages";
import { translatorFor } from "@/lib/i18n/translator";

/** Search the registry by name, alias or contact, and by the active flag (a GET form: the URL keeps it). */
export function CustomerSearchForm({ filters, locale }: { filters: CustomerFilters; locale: Locale }) {
  const t = translatorFor(locale);
  return (
    <form
      role="search"
      aria-label={t("customers.search.label")}
      method="get"
      className="flex flex-wrap items-end gap-3"
    >
      <div className="min-w-64 flex-1 space-y-1">
        <label htmlFor="customer-q" className="block text-sm font-medium text-slate-800">
          {t("customers.search.query")}
        </label>
        <input
          id="customer-q"
          name="q"
          type="search"
          defaultValue={filters.q}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="customer-active" className="block text-sm font-medium text-slate-800">
          {t("customers.search.show")}
        </label>
        <select
          id="customer-active"
          name="active"
          defaultValue={filters.active}
          className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        >
          <option value="all">{t("customers.search.all")}</option>
          <option value="active">{t("customers.search.active")}</option>
          <option value="inactive">{t("customers.search.inactive")}</option>
        </select>
      </div>
      <Button type="submit" variant="secondary">
        {t("customers.search.submit")}
      </Button>
    </form>
  );
}

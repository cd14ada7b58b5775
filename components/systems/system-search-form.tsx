import { Button } from "@/components/ui/button";
import type { SystemFilters } from "@/lib/domain/systems/system-forms";
import type { Locale } from "@/lib/i18n/languages";
import { translatorFor } from "@/lib/i18n/translator";

/** Search the registry by name, description, category or owner, and by the active flag (a GET form). */
export function SystemSearchForm({ filters, locale }: { filters: SystemFilters; locale: Locale }) {
  const t = translatorFor(locale);
  return (
    <form role="search" aria-label={t("systems.search.label")} method="get" className="flex flex-wrap items-end gap-3">
      <div className="min-w-64 flex-1 space-y-1">
        <label htmlFor="system-q" className="block text-sm font-medium text-slate-800">
          {t("systems.search.query")}
        </label>
        <input
          id="system-q"
          name="q"
          type="search"
          defaultValue={filters.q}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="system-active" className="block text-sm font-medium text-slate-800">
          {t("systems.search.show")}
        </label>
        <select
          id="system-active"
          name="active"
          defaultValue={filters.active}
          className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        >
          <option value="all">{t("systems.search.all")}</option>
          <option value="active">{t("systems.search.active")}</option>
          <option value="inactive">{t("systems.search.inactive")}</option>
        </select>
      </div>
      <Button type="submit" variant="secondary">
        {t("systems.search.submit")}
      </Button>
    </form>
  );
}

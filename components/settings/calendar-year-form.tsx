"use client";

import { useTranslations } from "next-intl";
import { addCalendarYearAction } from "@/lib/actions/staff/deadline-settings";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field-errors";
import { calendarYearFormSchema } from "@/lib/domain/settings/deadline-settings";
import { useSchemaForm } from "@/lib/forms/use-schema-form";

/** The placeholder: one year as the form takes it, its source in the page's language. */
const example = (source: string) => `{
  "calendar": "CN",
  "year": 2027,
  "source": ${JSON.stringify(source)},
  "holidays": ["2027-01-01", "2027-02-05"],
  "workingWeekendDays": ["2027-02-13"]
}`;

/** One year of an official schedule, as the JSON `npm run calendar:add` takes. */
export function CalendarYearForm() {
  const t = useTranslations();
  const form = useSchemaForm(calendarYearFormSchema, addCalendarYearAction);
  const { formProps, pending, ok, message } = form;
  const errors = form.errors.schedule;
  return (
    <form {...formProps} className="grid max-w-2xl gap-3">
      <div className="space-y-1">
        <label htmlFor="schedule" className="block text-sm font-medium text-slate-800">
          {t("settings.deadlines.yearForm.label")}
        </label>
        <p id="schedule-hint" className="text-sm text-slate-600">
          {t("settings.deadlines.yearForm.hint")}
        </p>
        <textarea
          id="schedule"
          name="schedule"
          rows={9}
          spellCheck={false}
          // JSON, typed as it is: its keys are not words to translate.
          translate="no"
          placeholder={example(t("settings.deadlines.yearForm.exampleSource"))}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errors?.length ? "schedule-hint schedule-error" : "schedule-hint"}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm shadow-sm aria-invalid:border-red-600"
        />
        <FieldErrors id="schedule-error" errors={errors} />
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {t("settings.deadlines.yearForm.submit")}
        </Button>
      </div>
      {message && <Alert tone={ok ? "success" : "error"}>{message}</Alert>}
    </form>
  );
}

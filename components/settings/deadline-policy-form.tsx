"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { updateDeadlinePolicyAction } from "@/lib/actions/staff/deadline-settings";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { DeadlinePolicy } from "@/lib/domain/deadlines";
import { deadlinePolicyFormSchema } from "@/lib/domain/settings/deadline-settings";
import { useSchemaForm } from "@/lib/forms/use-schema-form";

const UNITS = ["MONTHS", "CALENDAR_DAYS", "WORKING_DAYS"] as const;

function Checkbox({ name, label, defaultChecked }: { name: string; label: string; defaultChecked: boolean }) {
  return (
    <div className="flex items-center gap-2">
      <input id={name} name={name} type="checkbox" defaultChecked={defaultChecked} />
      <label htmlFor={name} className="text-sm text-slate-800">
        {label}
      </label>
    </div>
  );
}

/** One regime's policy. Rule fields follow the chosen unit (only calendar days count the receipt day or roll). */
export function DeadlinePolicyForm({
  policy,
  calendars,
  timeZones,
}: {
  policy: DeadlinePolicy;
  calendars: string[];
  timeZones: string[];
}) {
  const t = useTranslations();
  const { formProps, pending, ok, message, errors } = useSchemaForm(
    deadlinePolicyFormSchema,
    updateDeadlinePolicyAction,
  );
  const [unit, setUnit] = useState<string>(policy.rule.unit);
  const calendarDays = policy.rule.unit === "CALENDAR_DAYS" ? policy.rule : undefined;
  const unitErrors = errors["rule.unit"];
  return (
    <form {...formProps} className="grid max-w-2xl gap-4">
      <input type="hidden" name="regime" value={policy.regime} />
      <Field
        label={t("settings.deadlines.policyForm.timeZone")}
        name="timeZone"
        defaultValue={policy.timeZone}
        list="time-zones"
        required
        errors={errors.timeZone}
      />
      <datalist id="time-zones">
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <Field
        label={t("settings.deadlines.policyForm.calendar")}
        name="calendar"
        defaultValue={policy.calendar}
        list="calendar-ids"
        required
        errors={errors.calendar}
      />
      <datalist id="calendar-ids">
        {calendars.map((id) => (
          <option key={id} value={id} />
        ))}
      </datalist>
      <fieldset className="grid gap-3 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium">{t("settings.deadlines.policyForm.rule")}</legend>
        <div className="space-y-1">
          <label htmlFor="rule.unit" className="block text-sm font-medium text-slate-800">
            {t("settings.deadlines.policyForm.countedIn")}
          </label>
          <select
            id="rule.unit"
            name="rule.unit"
            value={unit}
            onChange={(event) => setUnit(event.target.value)}
            aria-invalid={unitErrors?.length ? true : undefined}
            aria-describedby={unitErrors?.length ? "rule.unit-error" : undefined}
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
          >
            {UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`settings.deadlines.policyForm.units.${u}`)}
              </option>
            ))}
          </select>
          <div id="rule.unit-error" aria-live="polite">
            {unitErrors?.map((e) => (
              <p key={e} className="text-sm text-red-700">
                {e}
              </p>
            ))}
          </div>
        </div>
        <Field
          label={t("settings.deadlines.policyForm.length")}
          name="rule.length"
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          defaultValue={policy.rule.length}
          errors={errors["rule.length"]}
        />
        <Field
          label={t("settings.deadlines.policyForm.extension")}
          name="rule.extension"
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          defaultValue={policy.rule.extension}
          errors={errors["rule.extension"]}
        />
        {unit === "CALENDAR_DAYS" && (
          <>
            <Checkbox
              name="rule.receiptIsDayOne"
              label={t("settings.deadlines.policyForm.receiptIsDayOne")}
              defaultChecked={calendarDays?.receiptIsDayOne ?? false}
            />
            <Checkbox
              name="rule.rollForward"
              label={t("settings.deadlines.policyForm.rollForward")}
              defaultChecked={calendarDays?.rollForward ?? false}
            />
          </>
        )}
      </fieldset>
      <Checkbox
        name="clockStops"
        label={t("settings.deadlines.policyForm.clockStops")}
        defaultChecked={policy.clockStops}
      />
      <Checkbox
        name="identityRestart"
        label={t("settings.deadlines.policyForm.identityRestart")}
        defaultChecked={policy.identityRestart}
      />
      <Field
        label={t("settings.deadlines.policyForm.acknowledgement")}
        name="acknowledgementBusinessDays"
        type="number"
        inputMode="numeric"
        min={1}
        max={60}
        step={1}
        defaultValue={policy.acknowledgementBusinessDays ?? ""}
        errors={errors.acknowledgementBusinessDays}
      />
      <Field
        label={t("settings.deadlines.policyForm.source")}
        name="source"
        defaultValue={policy.source}
        required
        errors={errors.source}
      />
      <div>
        <Button type="submit" disabled={pending}>
          {t("settings.deadlines.policyForm.submit")}
        </Button>
      </div>
      {message && <Alert tone={ok ? "success" : "error"}>{message}</Alert>}
    </form>
  );
}

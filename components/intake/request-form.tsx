"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FilePicker } from "@/components/ui/file-picker";
import type { CountryOption } from "@/lib/domain/intake/countries";
import type { RequestTypeCode } from "@/lib/domain/intake/request-schema";
import type { FormAction } from "@/lib/forms/form-action";
import { loggedRequestFormSchema, requestFormSchema } from "@/lib/forms/request-form-schema";
import { useSchemaForm } from "@/lib/forms/use-schema-form";
import { type Locale } from "@/lib/i18n/languages";
import { translateIfKnown } from "@/lib/i18n/translator";
import { CustomerNameField } from "./customer-name-field";
import { CheckboxField, RadioGroup, SelectField, TextField } from "./form-fields";
import { ReceiptFields } from "./receipt-fields";

type DetailField = { name: string; kind: "text" | "textarea" | "checkbox" | "yesno" | "date" };

/** Exactly the details each type needs (docs/product-rules.md "Request types"). */
const DETAIL_FIELDS: Record<RequestTypeCode, DetailField[]> = {
  CORRECTION: [
    { name: "details.dataItem", kind: "text" },
    { name: "details.currentValue", kind: "textarea" },
    { name: "details.correctedValue", kind: "textarea" },
    { name: "details.restrictProcessing", kind: "checkbox" },
  ],
  OBJECTION: [
    { name: "details.processing", kind: "textarea" },
    { name: "details.directMarketing", kind: "yesno" },
    { name: "details.grounds", kind: "textarea" },
  ],
  WITHDRAWAL: [
    { name: "details.consentPurpose", kind: "textarea" },
    { name: "details.effectiveFrom", kind: "date" },
  ],
  ACCESS: [{ name: "details.scope", kind: "textarea" }],
  DELETION: [{ name: "details.scope", kind: "textarea" }],
  GUARDIAN_INQUIRY: [{ name: "details.question", kind: "textarea" }],
  OTHER: [{ name: "details.message", kind: "textarea" }],
};

/**
 * The request form. Staff reuse it (with `receipt`) to log a request that came by email or post: the
 * same fields and checks, plus the channel and the time it arrived. The page passes the server action.
 */
export function RequestForm({
  type,
  locale,
  action,
  countries,
  receipt = false,
}: {
  type: RequestTypeCode;
  locale: Locale;
  action: FormAction;
  /** From `countryOptions(locale)`, computed on the server so the names match at hydration. */
  countries: CountryOption[];
  receipt?: boolean;
}) {
  const t = useTranslations();
  const { formProps, pending, lastResult, errors } = useSchemaForm(
    receipt ? loggedRequestFormSchema : requestFormSchema,
    action,
  );
  const [relationship, setRelationship] = useState(type === "GUARDIAN_INQUIRY" ? "GUARDIAN" : "SELF");
  const [isMinor, setIsMinor] = useState(false);
  const [country, setCountry] = useState("");
  // Worded by the hook, in the page's language.
  const shown = (name: string) => errors[name];

  const field = (f: DetailField) => {
    const label = translateIfKnown(t, `form.fields.${f.name}`, f.name);
    switch (f.kind) {
      case "checkbox":
        return <CheckboxField key={f.name} name={f.name} label={label} errors={shown(f.name)} />;
      case "yesno":
        return (
          <RadioGroup
            key={f.name}
            name={f.name}
            legend={label}
            errors={shown(f.name)}
            options={[
              { value: "yes", label: t("form.yes") },
              { value: "no", label: t("form.no") },
            ]}
          />
        );
      case "date":
        return <TextField key={f.name} name={f.name} label={label} type="date" errors={shown(f.name)} />;
      default:
        return (
          <TextField
            key={f.name}
            name={f.name}
            label={label}
            multiline={f.kind === "textarea"}
            errors={shown(f.name)}
          />
        );
    }
  };

  // A refusal from the server: its message, or "fix the highlighted fields".
  const refused = lastResult?.status === "error";
  const message = errors[""]?.[0] ?? (lastResult?.message && !refused ? lastResult.message : undefined);
  return (
    <form {...formProps} className="space-y-8">
      {refused && <Alert>{message ?? t("form.fixErrors")}</Alert>}
      <input type="hidden" name="type" value={type} />
      {receipt && <ReceiptFields errors={errors} />}

      <section aria-labelledby="details-heading" className="space-y-4">
        <h2 id="details-heading" className="text-lg font-medium">
          {t("form.detailsHeading")}
        </h2>
        {DETAIL_FIELDS[type].map(field)}
      </section>

      <section aria-labelledby="who-heading" className="space-y-4">
        <h2 id="who-heading" className="text-lg font-medium">
          {t("form.whoHeading")}
        </h2>
        {type === "GUARDIAN_INQUIRY" ? (
          <input type="hidden" name="relationship" value="GUARDIAN" />
        ) : (
          <RadioGroup
            name="relationship"
            legend={t("form.whoHeading")}
            legendHidden
            value={relationship}
            onChange={setRelationship}
            errors={shown("relationship")}
            options={[
              { value: "SELF", label: t("form.self") },
              { value: "GUARDIAN", label: t("form.guardian") },
              { value: "AUTHORIZED_AGENT", label: t("form.agent") },
            ]}
          />
        )}
        {relationship === "SELF" && (
          <>
            <CheckboxField
              name="subjectIsMinor"
              label={t("form.underEighteen")}
              errors={shown("subjectIsMinor")}
              onChange={setIsMinor}
            />
            {isMinor && (
              <Alert tone="info">
                {t("form.minorExplanation")}{" "}
                <button type="button" className="underline" onClick={() => setRelationship("GUARDIAN")}>
                  {t("form.guardian")}
                </button>
              </Alert>
            )}
          </>
        )}
        {relationship === "GUARDIAN" && (
          <>
            <TextField name="subject.name" label={t("form.subjectName")} errors={shown("subject.name")} />
            <TextField
              name="subject.dateOfBirth"
              type="date"
              label={t("form.subjectDob")}
              errors={shown("subject.dateOfBirth")}
            />
            <TextField
              name="subject.relationship"
              label={t("form.subjectRelationship")}
              errors={shown("subject.relationship")}
            />
          </>
        )}
        {relationship === "AUTHORIZED_AGENT" && (
          <>
            <TextField name="subject.name" label={t("form.principalName")} errors={shown("subject.name")} />
            <TextField
              name="subject.email"
              type="email"
              label={t("form.principalEmail")}
              errors={shown("subject.email")}
            />
          </>
        )}
        <FilePicker
          id="files"
          name="files"
          label={
            relationship === "GUARDIAN"
              ? t("form.filesGuardian")
              : relationship === "AUTHORIZED_AGENT"
                ? t("form.filesAgent")
                : t("form.files")
          }
          texts={{
            choose: t("form.chooseFiles"),
            none: t("form.noFileChosen"),
            many: (count) => t("form.filesChosen", { count }),
          }}
          errors={shown("files")}
          multiple
          accept="application/pdf,image/png,image/jpeg"
        />
      </section>

      <section aria-labelledby="contact-heading" className="space-y-4">
        <h2 id="contact-heading" className="text-lg font-medium">
          {t("form.contactHeading")}
        </h2>
        <TextField name="requester.name" label={t("form.name")} autoComplete="name" errors={shown("requester.name")} />
        <TextField
          name="requester.email"
          type="email"
          label={t("form.email")}
          autoComplete="email"
          errors={shown("requester.email")}
        />
        <TextField
          name="requester.phone"
          type="tel"
          label={t("form.phone")}
          autoComplete="tel"
          errors={shown("requester.phone")}
        />
        <TextField
          name="requester.postalAddress"
          multiline
          label={t("form.postalAddress")}
          errors={shown("requester.postalAddress")}
        />
        <SelectField
          name="requester.country"
          label={t("form.country")}
          errors={shown("requester.country")}
          onChange={setCountry}
          defaultValue=""
        >
          <option value="">{t("form.chooseCountry")}</option>
          {countries.map(({ code, name }) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </SelectField>
        {country === "US" && (
          <TextField name="requester.region" label={t("form.region")} errors={shown("requester.region")} />
        )}
        <SelectField name="requester.locale" label={t("form.language")} defaultValue={locale}>
          <option value="en">English</option>
          <option value="zh">中文</option>
        </SelectField>
        <CustomerNameField label={t("form.customer")} errors={shown("customerName")} />
      </section>

      {/* Honeypot: hidden from people and assistive technology; bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="website">Website</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <Button type="submit" disabled={pending}>
        {pending ? t("form.sending") : t("form.submit")}
      </Button>
    </form>
  );
}

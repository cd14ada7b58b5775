"use client";

import { useState, type FormEvent } from "react";
import { updateEmailTextsAction } from "@/lib/actions/staff/email-texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field-errors";
import { renderEmail } from "@/lib/email/render-email";
import { emailTextsSchema, TEXT_KEYS, type TextKey, type TextsByLocale } from "@/lib/email/template-texts";
import { templateNamed } from "@/lib/email/templates";
import type { EmailLocale, OrganizationContext } from "@/lib/email/templates/types";
import { useSchemaForm } from "@/lib/forms/use-schema-form";
import { EmailPreview } from "./email-preview";

const LANGUAGES: Record<EmailLocale, string> = { en: "English", zh: "简体中文 (Chinese)" };
const LABELS: Record<TextKey, string> = {
  subject: "Subject",
  intro: "Opening paragraph",
  closing: "Closing paragraph",
};
const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm aria-invalid:border-red-600";

type Errors = Record<string, string[] | undefined>;

/**
 * One email's texts in each of its languages. "Preview" checks the draft with the same schema the
 * server uses and renders the sample email before and after the edit, in every language, through the
 * same function the outbox worker sends with.
 */
export function EmailTextsEditor({
  template,
  locales,
  placeholders,
  saved,
  sample,
  appUrl,
  organization,
}: {
  template: string;
  locales: readonly EmailLocale[];
  placeholders: readonly string[];
  saved: TextsByLocale;
  sample: Record<string, unknown>;
  appUrl: string;
  organization: OrganizationContext;
}) {
  const {
    formProps,
    pending,
    ok,
    message,
    errors: formErrors,
  } = useSchemaForm(emailTextsSchema, updateEmailTextsAction);
  const [draft, setDraft] = useState<TextsByLocale>(saved);
  const [previewed, setPreviewed] = useState<TextsByLocale | null>(null);
  const [previewErrors, setPreviewErrors] = useState<Errors | null>(null);
  const errors: Errors = previewErrors ?? formErrors;
  const emailTemplate = templateNamed(template);

  const change = (locale: EmailLocale, key: TextKey, value: string) =>
    setDraft((current) => ({ ...current, [locale]: { ...current[locale], [key]: value } }));

  const preview = () => {
    const parsed = emailTextsSchema.safeParse({ template, ...draft });
    if (!parsed.success) {
      const found: Errors = {};
      for (const issue of parsed.error.issues) (found[issue.path.join(".")] ??= []).push(issue.message);
      setPreviewErrors(found);
      setPreviewed(null);
      return;
    }
    setPreviewErrors(null);
    setPreviewed({ en: parsed.data.en, zh: parsed.data.zh });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    setPreviewErrors(null);
    formProps.onSubmit(event);
  };

  const placeholderHint = placeholders.length
    ? `Placeholders: ${placeholders.map((name) => `{${name}}`).join(", ")}. Leave a text empty to keep the email's own wording.`
    : "This email offers no placeholders. Leave a text empty to keep the email's own wording.";

  const render = (locale: EmailLocale, texts: TextsByLocale) =>
    renderEmail(emailTemplate!, emailTemplate!.payload.parse(sample), { appUrl, locale, organization }, texts[locale]);

  return (
    <div className="space-y-6">
      <form {...formProps} onSubmit={submit} className="grid gap-4">
        <input type="hidden" name="template" value={template} />
        <p id="placeholder-hint" className="text-sm text-slate-600">
          {placeholderHint}
        </p>
        <div className="grid gap-4 lg:grid-cols-2">
          {locales.map((locale) => (
            <fieldset key={locale} className="grid content-start gap-3 rounded-md border border-slate-200 p-3">
              <legend className="px-1 text-sm font-medium">{LANGUAGES[locale]}</legend>
              {TEXT_KEYS.map((key) => {
                const name = `${locale}.${key}`;
                const fieldErrors = errors[name];
                const common = {
                  id: name,
                  name,
                  value: draft[locale][key],
                  "aria-invalid": fieldErrors?.length ? true : undefined,
                  "aria-describedby": fieldErrors?.length ? `placeholder-hint ${name}-error` : "placeholder-hint",
                  className: inputClass,
                  lang: locale === "zh" ? "zh-Hans" : "en",
                };
                return (
                  <div key={key} className="space-y-1">
                    <label htmlFor={name} className="block text-sm font-medium text-slate-800">
                      {LABELS[key]}
                    </label>
                    {key === "subject" ? (
                      <input {...common} onChange={(e) => change(locale, key, e.target.value)} />
                    ) : (
                      <textarea rows={3} {...common} onChange={(e) => change(locale, key, e.target.value)} />
                    )}
                    <FieldErrors id={`${name}-error`} errors={fieldErrors} />
                  </div>
                );
              })}
            </fieldset>
          ))}
        </div>
        {errors.template && <Alert>{errors.template.join(" ")}</Alert>}
        <div className="flex gap-3">
          <Button type="button" variant="secondary" onClick={preview}>
            Preview
          </Button>
          <Button type="submit" disabled={pending}>
            Save texts
          </Button>
        </div>
        {message && !previewErrors && <Alert tone={ok ? "success" : "error"}>{message}</Alert>}
      </form>
      {previewed && emailTemplate && (
        <section aria-labelledby="preview-heading" className="space-y-4" data-testid="email-preview">
          <h2 id="preview-heading" className="font-medium">
            Preview with a sample{" "}
            {template === "requester-denied" ? "denial (and the organization's details)" : "email"}
          </h2>
          {locales.map((locale) => (
            <div key={locale} className="rounded-md border border-slate-200 p-3">
              <h3 className="mb-2 text-sm font-semibold">{LANGUAGES[locale]}</h3>
              <div className="grid gap-4 lg:grid-cols-2">
                <EmailPreview title="Now" email={render(locale, saved)} testId={`preview-${locale}-now`} />
                <EmailPreview
                  title="After your edit"
                  email={render(locale, previewed)}
                  testId={`preview-${locale}-after`}
                />
              </div>
            </div>
          ))}
        </section>
      )}
    </div>
  );
}

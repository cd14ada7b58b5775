"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { updateEmailTextsAction } from "@/lib/actions/staff/email-texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field-errors";
import { composeEmail } from "@/lib/email/compose-email";
import { emailTextsSchema, TEXT_KEYS, type TextKey, type TextsByLocale } from "@/lib/email/template-texts";
import type { EmailLocale, Wording } from "@/lib/email/templates/types";
import { useSchemaForm } from "@/lib/forms/use-schema-form";
import { htmlLang } from "@/lib/i18n/languages";
import { EmailPreview } from "./email-preview";

const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm aria-invalid:border-red-600";

type Errors = Record<string, string[] | undefined>;

/**
 * One email's texts in each of its languages. "Preview" checks the draft with the same schema the
 * server uses and shows the sample email before and after the edit, in every language: the server
 * wrote the template's own wording of the sample (`wordings`, from the catalogue), and the texts go
 * around it through the same function the outbox worker sends with.
 */
export function EmailTextsEditor({
  template,
  locales,
  placeholders,
  saved,
  payload,
  wordings,
  appUrl,
}: {
  template: string;
  locales: readonly EmailLocale[];
  placeholders: readonly string[];
  saved: TextsByLocale;
  /** The sample payload, which the administrator's {placeholders} quote. */
  payload: Record<string, unknown>;
  wordings: Record<EmailLocale, Wording>;
  appUrl: string;
}) {
  const t = useTranslations();
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
    ? t("emails.texts.placeholders", { names: placeholders.map((name) => `{${name}}`).join(", ") })
    : t("emails.texts.noPlaceholders");

  const render = (locale: EmailLocale, texts: TextsByLocale) =>
    composeEmail(wordings[locale], { payload, placeholders, appUrl, locale }, texts[locale]);

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
              <legend className="px-1 text-sm font-medium">{t(`emails.texts.languages.${locale}`)}</legend>
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
                  lang: htmlLang(locale),
                };
                return (
                  <div key={key} className="space-y-1">
                    <label htmlFor={name} className="block text-sm font-medium text-slate-800">
                      {t(`emails.texts.fields.${key}`)}
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
            {t("emails.texts.preview")}
          </Button>
          <Button type="submit" disabled={pending}>
            {t("emails.texts.save")}
          </Button>
        </div>
        {message && !previewErrors && <Alert tone={ok ? "success" : "error"}>{message}</Alert>}
      </form>
      {previewed && (
        <section aria-labelledby="preview-heading" className="space-y-4" data-testid="email-preview">
          <h2 id="preview-heading" className="font-medium">
            {template === "requester-denied"
              ? t("emails.texts.previewHeadingDenial")
              : t("emails.texts.previewHeading")}
          </h2>
          {locales.map((locale) => (
            <div key={locale} className="rounded-md border border-slate-200 p-3">
              <h3 className="mb-2 text-sm font-semibold">{t(`emails.texts.languages.${locale}`)}</h3>
              <div className="grid gap-4 lg:grid-cols-2">
                <EmailPreview
                  title={t("emails.texts.now")}
                  email={render(locale, saved)}
                  testId={`preview-${locale}-now`}
                />
                <EmailPreview
                  title={t("emails.texts.after")}
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

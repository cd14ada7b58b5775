"use client";

import { setLocaleAction } from "@/lib/actions/public/language";
import type { Locale } from "@/lib/i18n/languages";
import { languageSwitchSchema } from "@/lib/i18n/language-switch-schema";
import { useSchemaForm } from "@/lib/forms/use-schema-form";

/** One button to the other language; the action sets the cookie and comes back to this page. */
export function LanguageSwitch({ locale, label, returnTo }: { locale: Locale; label: string; returnTo: string }) {
  const { formProps, pending } = useSchemaForm(languageSwitchSchema, setLocaleAction);
  return (
    <form {...formProps}>
      <input type="hidden" name="locale" value={locale === "en" ? "zh" : "en"} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <button
        type="submit"
        disabled={pending}
        className="text-sm text-blue-800 underline"
        lang={locale === "en" ? "zh-Hans" : "en"}
      >
        {label}
      </button>
    </form>
  );
}

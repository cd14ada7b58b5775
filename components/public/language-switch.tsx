import { setLocaleAction } from "@/lib/actions/public/language";
import type { Locale } from "@/lib/i18n/dictionaries";

export function LanguageSwitch({ locale, label, returnTo }: { locale: Locale; label: string; returnTo: string }) {
  return (
    <form action={setLocaleAction}>
      <input type="hidden" name="locale" value={locale === "en" ? "zh" : "en"} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <button type="submit" className="text-sm text-blue-800 underline" lang={locale === "en" ? "zh-Hans" : "en"}>
        {label}
      </button>
    </form>
  );
}

import type { Metadata } from "next";
import { EmailTextsEditor } from "@/components/settings/email-texts-editor";
import { Button } from "@/components/ui/button";
import { requirePagePermission } from "@/lib/auth/guards";
import { env } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { writeEmail } from "@/lib/email/render-email";
import { TEMPLATE_NAMES, templateLabel, templates, type TemplateName } from "@/lib/email/templates";
import type { Audience, EmailLocale, Wording } from "@/lib/email/templates/types";
import { pageLocale } from "@/lib/i18n/page-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { loadEmailTexts, textsOf } from "@/lib/server/settings/load-email-texts";
import { loadOrganizationSettings } from "@/lib/server/settings/load-organization-settings";

export async function generateMetadata(): Promise<Metadata> {
  const t = translatorFor(await pageLocale());
  return { title: t("emails.texts.title") };
}

const AUDIENCES: readonly Audience[] = ["Requester", "Customer", "Owner", "Staff"];

export default async function EmailTextsPage({ searchParams }: { searchParams: Promise<{ template?: string }> }) {
  const { locale } = await requirePagePermission("settings:manage", "/settings/email-texts");
  const t = translatorFor(locale);
  const { template: asked } = await searchParams;
  const template: TemplateName = (TEMPLATE_NAMES as string[]).includes(asked ?? "")
    ? (asked as TemplateName)
    : "requester-acknowledgement";
  const [texts, organization] = await Promise.all([loadEmailTexts(db()), loadOrganizationSettings(db())]);
  const entry = templates[template];
  const customized = (name: string) => texts.has(name);
  const appUrl = env().APP_URL;
  const organizationContext = {
    supervisoryAuthority: organization.supervisoryAuthority || null,
    complaintContact: organization.complaintContact || null,
  };
  // The email as its template writes the sample in each language (on the server, from the catalogue);
  // the editor puts the draft texts around it in the browser.
  const sample = entry.payload.parse(entry.sample) as Record<string, unknown>;
  const wordings = Object.fromEntries(
    entry.locales.map((emailLocale) => [
      emailLocale,
      writeEmail(entry, sample as never, { appUrl, locale: emailLocale, organization: organizationContext }),
    ]),
  ) as Record<EmailLocale, Wording>;
  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-2xl font-semibold">{t("emails.texts.title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("emails.texts.intro", { example: "{reference}" })}</p>
      </section>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor="template" className="block text-sm font-medium text-slate-800">
            {t("emails.texts.email")}
          </label>
          <select
            id="template"
            name="template"
            defaultValue={template}
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
          >
            {AUDIENCES.map((audience) => (
              <optgroup key={audience} label={t(`emails.texts.audienceGroups.${audience}`)}>
                {TEMPLATE_NAMES.filter((name) => templates[name].audience === audience).map((name) => (
                  <option key={name} value={name}>
                    {customized(name)
                      ? t("emails.texts.customized", { label: templateLabel(t, name) })
                      : templateLabel(t, name)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">
          {t("emails.texts.open")}
        </Button>
      </form>
      <section aria-labelledby="editor-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="editor-heading" className="mb-3 font-medium">
          {entry.label(t)}{" "}
          <span className="text-sm font-normal text-slate-600">
            {t(`emails.texts.audienceAndLanguages.${entry.audience}`)}
          </span>
        </h2>
        <EmailTextsEditor
          key={template}
          template={template}
          locales={entry.locales}
          placeholders={entry.placeholders}
          saved={textsOf(texts, template)}
          payload={sample}
          wordings={wordings}
          appUrl={appUrl}
        />
      </section>
    </div>
  );
}

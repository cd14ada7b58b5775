import type { Metadata } from "next";
import { EmailTextsEditor } from "@/components/settings/email-texts-editor";
import { Button } from "@/components/ui/button";
import { requirePagePermission } from "@/lib/auth/guards";
import { env } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { TEMPLATE_NAMES, templates, type TemplateName } from "@/lib/email/templates";
import { loadEmailTexts, textsOf } from "@/lib/server/settings/load-email-texts";
import { loadOrganizationSettings } from "@/lib/server/settings/load-organization-settings";

export const metadata: Metadata = { title: "Email texts" };

const AUDIENCES = ["Requester", "Customer", "Staff"] as const;

export default async function EmailTextsPage({ searchParams }: { searchParams: Promise<{ template?: string }> }) {
  await requirePagePermission("settings:manage", "/settings/email-texts");
  const { template: asked } = await searchParams;
  const template: TemplateName = (TEMPLATE_NAMES as string[]).includes(asked ?? "")
    ? (asked as TemplateName)
    : "requester-acknowledgement";
  const [texts, organization] = await Promise.all([loadEmailTexts(db()), loadOrganizationSettings(db())]);
  const entry = templates[template];
  const customized = (name: string) => texts.has(name);
  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-2xl font-semibold">Email texts</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          Replace an email&apos;s subject and add a paragraph before and after its own text, in each of its languages.
          Texts may quote the email&apos;s details as placeholders, such as {"{reference}"}. Emails are put together
          when they are sent, so new texts apply to every email sent from now on, including those already waiting in the
          outbox. Links, codes and legal wording stay as the email writes them.
        </p>
      </section>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor="template" className="block text-sm font-medium text-slate-800">
            Email
          </label>
          <select
            id="template"
            name="template"
            defaultValue={template}
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
          >
            {AUDIENCES.map((audience) => (
              <optgroup key={audience} label={`To the ${audience.toLowerCase()}`}>
                {TEMPLATE_NAMES.filter((name) => templates[name].audience === audience).map((name) => (
                  <option key={name} value={name}>
                    {templates[name].label}
                    {customized(name) ? " (customized)" : ""}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">
          Open
        </Button>
      </form>
      <section aria-labelledby="editor-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="editor-heading" className="mb-3 font-medium">
          {entry.label}{" "}
          <span className="text-sm font-normal text-slate-600">
            to the {entry.audience.toLowerCase()}, {entry.locales.length > 1 ? "English and Chinese" : "English only"}
          </span>
        </h2>
        <EmailTextsEditor
          key={template}
          template={template}
          locales={entry.locales}
          placeholders={entry.placeholders}
          saved={textsOf(texts, template)}
          sample={entry.sample}
          appUrl={env().APP_URL}
          organization={{
            supervisoryAuthority: organization.supervisoryAuthority || null,
            complaintContact: organization.complaintContact || null,
          }}
        />
      </section>
    </div>
  );
}

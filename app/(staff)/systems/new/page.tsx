import type { Metadata } from "next";
import { SystemForm } from "@/components/systems/system-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { pageLocale } from "@/lib/i18n/page-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { staffOwnerChoices } from "@/lib/server/systems/staff-owner-choices";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translatorFor(await pageLocale())("systems.form.newTitle") };
}

/** Adds a system; a webhook system's secrets are shown below the form once it is saved. */
export default async function NewSystemPage() {
  const actor = await requirePagePermission("systems:manage", "/systems/new");
  const t = translatorFor(actor.locale);
  const staff = await staffOwnerChoices(actor);
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("systems.form.newTitle")}</h1>
      <SystemForm staff={staff} />
    </div>
  );
}

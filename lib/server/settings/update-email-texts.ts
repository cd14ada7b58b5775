import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { emailTextsSchema, TEXT_KEYS } from "@/lib/email/template-texts";
import { templates } from "@/lib/email/templates";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { parseInput } from "@/lib/server/parse-input";

/** Any constant: serializes saves of email texts, so each change is recorded against what it replaced. */
const TEXTS_LOCK = 7_401_233_017;

/**
 * An administrator sets one email's subject, opening and closing paragraph in each of its languages; an
 * empty text goes back to the template's own wording. The worker applies them to every email of that
 * template sent from then on (queued ones included: emails are rendered when sent). Placeholders the
 * template's payload does not offer are refused next to their field. Audited with each text before and
 * after (administrators' wording, no personal data).
 */
export async function updateEmailTexts(input: z.input<typeof emailTextsSchema>, actor: Actor) {
  if (!can(actor.role, "settings:manage")) throw new AppError("FORBIDDEN", "problems.adminsChangeSettings");
  const data = parseInput(emailTextsSchema, input);
  const { template } = data;
  const locales = templates[template].locales;
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${TEXTS_LOCK}::bigint)`;
    const rows = await tx.emailTemplateText.findMany({ where: { template } });
    const changes: Record<string, { from: string | null; to: string | null }> = {};
    for (const locale of locales) {
      for (const key of TEXT_KEYS) {
        const from = rows.find((r) => r.locale === locale && r.key === key)?.text ?? null;
        const to = data[locale][key] || null;
        if (from === to) continue;
        changes[`${locale}.${key}`] = { from, to };
        const id = { template_locale_key: { template, locale, key } };
        if (to === null) await tx.emailTemplateText.delete({ where: id });
        else
          await tx.emailTemplateText.upsert({
            where: id,
            create: { template, locale, key, text: to },
            update: { text: to },
          });
      }
    }
    if (Object.keys(changes).length === 0) return { changed: [] as string[] };
    await recordAuditEvent(tx, {
      type: "settings.email_texts_updated",
      ...staffEvent(actor),
      data: { template, changes },
    });
    return { changed: Object.keys(changes) };
  });
}

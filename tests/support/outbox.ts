import type { Db } from "@/lib/db/client";
import { renderEmail } from "@/lib/email/render-email";
import { templateNamed } from "@/lib/email/templates";

/** The payload of the newest queued email of a template for a case (what the requester would read). */
export async function lastEmailPayload<T>(prisma: Db, caseId: string, template: string): Promise<T> {
  const row = await prisma.outboxEmail.findFirstOrThrow({
    where: { caseId, template },
    orderBy: { createdAt: "desc" },
  });
  return row.payload as T;
}

/** A queued email as the worker writes it: its template, in the row's language, from the row's payload. */
export function renderedEmail(row: { template: string; locale: string; payload: unknown }) {
  const template = templateNamed(row.template);
  if (!template) throw new Error(`no template ${row.template}`);
  const locale = row.locale === "zh" ? "zh" : "en";
  return renderEmail(template, template.payload.parse(row.payload), { appUrl: "https://rd.example", locale });
}

import "server-only";
import { z } from "zod";
import { organizationSettingsSchema } from "@/lib/domain/settings/organization-settings";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { parseInput } from "@/lib/server/parse-input";
import { changedFields } from "./changed-fields";

const FIELDS = ["senderName", "senderEmail", "supervisoryAuthority", "complaintContact"] as const;
/** The values as stored (the form's schema trims and checks what is typed; this reads them back). */
const storedSettings = z.object({
  senderName: z.string(),
  senderEmail: z.string().nullable(),
  supervisoryAuthority: z.string().nullable(),
  complaintContact: z.string().nullable(),
});

/**
 * An administrator sets who mail comes from and the company's supervisory authority and complaint
 * contact. The outbox worker reads them for each batch, so the next email sent uses them (no restart);
 * denial emails name the authority and contact. Audited with each changed value before and after (the
 * company's own details, no personal data).
 */
export async function updateOrganizationSettings(input: z.input<typeof organizationSettingsSchema>, actor: Actor) {
  if (!can(actor.role, "settings:manage")) throw new AppError("FORBIDDEN", "problems.adminsChangeSettings");
  const data = parseInput(organizationSettingsSchema, input);
  return db().$transaction(async (tx) => {
    const [before] = await queryRows(
      tx,
      storedSettings,
      Prisma.sql`
      SELECT "senderName", "senderEmail", "supervisoryAuthority", "complaintContact"
      FROM "OrganizationSettings" WHERE id = 1 FOR UPDATE`,
    );
    // Nothing saved yet: every value is a change from "not set" (mail went out from MAIL_FROM).
    const changes = changedFields(FIELDS, before, data);
    if (Object.keys(changes).length === 0) return { changed: [] as string[] };
    await tx.organizationSettings.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
    await recordAuditEvent(tx, { type: "settings.organization_updated", ...staffEvent(actor), data: { changes } });
    return { changed: Object.keys(changes) };
  });
}

import "server-only";
import { env } from "@/lib/config/env";
import type { Db } from "@/lib/db/client";
import { displayNameOf, senderOf } from "@/lib/email/send-settings";

export interface OrganizationSettingsView {
  senderName: string;
  senderEmail: string;
  supervisoryAuthority: string;
  complaintContact: string;
  /** Whether an administrator has saved them (until then, mail goes out from MAIL_FROM). */
  saved: boolean;
  /** The From of the next email, as the worker will set it. */
  effectiveFrom: string;
  /** The server's MAIL_FROM, the fallback. */
  mailFrom: string;
}

/** The organization form's values: the saved ones, or MAIL_FROM's name as a starting point. */
export async function loadOrganizationSettings(client: Db): Promise<OrganizationSettingsView> {
  const mailFrom = env().MAIL_FROM;
  const row = await client.organizationSettings.findUnique({ where: { id: 1 } });
  const from = senderOf(row, mailFrom);
  return {
    senderName: row?.senderName ?? displayNameOf(mailFrom),
    senderEmail: row?.senderEmail ?? "",
    supervisoryAuthority: row?.supervisoryAuthority ?? "",
    complaintContact: row?.complaintContact ?? "",
    saved: Boolean(row),
    effectiveFrom: typeof from === "string" ? from : `${from.name} <${from.address}>`,
    mailFrom,
  };
}

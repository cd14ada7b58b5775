import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import type { TemplateTexts, TextKey } from "./template-texts";
import type { EmailLocale, OrganizationContext } from "./templates/types";
import type { MailFrom } from "./transport";

/** What administrators set that changes outgoing mail: the sender, the company's details, the texts. */
export interface SendSettings {
  from: MailFrom;
  organization: OrganizationContext;
  /** Keyed by textsKey(template, locale). */
  texts: Map<string, TemplateTexts>;
}

export const textsKey = (template: string, locale: EmailLocale) => `${template}/${locale}`;

/** The address in "Name <address>" or a bare address. */
export function addressOf(mailbox: string): string {
  return /<([^<>]+)>\s*$/.exec(mailbox)?.[1]?.trim() ?? mailbox.trim();
}

/** The display name in "Name <address>" (empty for a bare address). */
export function displayNameOf(mailbox: string): string {
  const match = /^\s*(.*?)\s*<[^<>]+>\s*$/.exec(mailbox);
  return (match?.[1] ?? "").replace(/^"(.*)"$/, "$1");
}

/**
 * The From of outgoing mail. Until an administrator saves the organization settings, the server's
 * MAIL_FROM; then the saved sender name, at the saved address or, if none, MAIL_FROM's address.
 */
export function senderOf(
  organization: { senderName: string; senderEmail: string | null } | null,
  fallback: string,
): MailFrom {
  if (!organization) return fallback;
  return { name: organization.senderName, address: organization.senderEmail ?? addressOf(fallback) };
}

/**
 * Read by the worker for each batch it claims (two small reads), so a change made on the settings pages
 * applies to the next email sent, in every process, without a restart.
 */
export async function loadSendSettings(client: Db | Tx, fallbackFrom: string): Promise<SendSettings> {
  const organization = await client.organizationSettings.findUnique({ where: { id: 1 } });
  const rows = await client.emailTemplateText.findMany({
    select: { template: true, locale: true, key: true, text: true },
  });
  const texts = new Map<string, TemplateTexts>();
  for (const row of rows) {
    const key = textsKey(row.template, row.locale);
    texts.set(key, { ...texts.get(key), [row.key as TextKey]: row.text });
  }
  return {
    from: senderOf(organization, fallbackFrom),
    organization: {
      supervisoryAuthority: organization?.supervisoryAuthority ?? null,
      complaintContact: organization?.complaintContact ?? null,
    },
    texts,
  };
}

import { customerRoutedRequest } from "./customer-routed-request";
import { customerRoutingReminder } from "./customer-routing-reminder";
import { requesterAcknowledgement } from "./requester-acknowledgement";
import { requesterDenied } from "./requester-denied";
import { requesterExpired } from "./requester-expired";
import { requesterExtensionNotice } from "./requester-extension-notice";
import { requesterNewMessage } from "./requester-new-message";
import { requesterResolved } from "./requester-resolved";
import { requesterRouted } from "./requester-routed";
import { requesterRoutingUpdate } from "./requester-routing-update";
import { requesterStatusLinks } from "./requester-status-links";
import { requesterVerification } from "./requester-verification";
import { requesterWithdrawn } from "./requester-withdrawn";
import { staffAssignment } from "./staff-assignment";
import { staffDailyDigest } from "./staff-daily-digest";
import { staffDeadlineReminder } from "./staff-deadline-reminder";
import { staffInvitation } from "./staff-invitation";
import { staffRoutingAlert } from "./staff-routing-alert";
import { staffTestEmail } from "./staff-test-email";
import { taskAssigned } from "./task-assigned";
import { taskEscalated } from "./task-escalated";
import { taskReminder } from "./task-reminder";
import type { Translator } from "@/lib/i18n/translator";
import type { Audience, EmailTemplate } from "./types";

export type { EmailLocale } from "./types";

/** Every email the app can send, in the order the settings page lists them. Each names itself. */
const CATALOGUE = [
  staffTestEmail,
  staffDeadlineReminder,
  staffInvitation,
  staffAssignment,
  staffDailyDigest,
  requesterAcknowledgement,
  requesterExtensionNotice,
  requesterVerification,
  requesterExpired,
  requesterWithdrawn,
  requesterStatusLinks,
  requesterNewMessage,
  requesterResolved,
  requesterDenied,
  requesterRouted,
  requesterRoutingUpdate,
  customerRoutedRequest,
  customerRoutingReminder,
  staffRoutingAlert,
  taskAssigned,
  taskReminder,
  taskEscalated,
] as const;

type Catalogue = { [T in (typeof CATALOGUE)[number] as T["name"]]: T };

function byName(list: readonly EmailTemplate[]): Catalogue {
  const registry: Record<string, EmailTemplate> = {};
  for (const template of list) {
    if (registry[template.name]) throw new Error(`two email templates are named "${template.name}"`);
    registry[template.name] = template;
  }
  return registry as Catalogue;
}

/** The templates by name: a row in the outbox names one of these, and `templates[name].payload` checks it. */
export const templates = byName(CATALOGUE);

export type TemplateName = keyof Catalogue;

export const TEMPLATE_NAMES = CATALOGUE.map((template) => template.name) as [TemplateName, ...TemplateName[]];

/** The template an outbox row names (undefined for a name no longer in the catalogue). */
export function templateNamed(name: string): EmailTemplate | undefined {
  return Object.hasOwn(templates, name) ? (templates as Record<string, EmailTemplate>)[name] : undefined;
}

/**
 * An email's name for people (the settings pages, the case timeline), in the translator's language, from
 * the name an outbox row holds; a name no longer in the catalogue is shown as stored.
 */
export function templateLabel(t: Translator, name: string): string {
  return templateNamed(name)?.label(t) ?? name;
}

/** Who an email is for, in the translator's language ("Requester", "Customer", "Staff"). */
export function audienceLabel(t: Translator, audience: Audience): string {
  return t(`emails.audiences.${audience}`);
}

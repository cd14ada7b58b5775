import { requesterAcknowledgement } from "./requester-acknowledgement";
import { requesterExpired } from "./requester-expired";
import { customerRoutedRequest } from "./customer-routed-request";
import { customerRoutingReminder } from "./customer-routing-reminder";
import { requesterDenied } from "./requester-denied";
import { requesterRouted } from "./requester-routed";
import { requesterRoutingUpdate } from "./requester-routing-update";
import { staffRoutingAlert } from "./staff-routing-alert";
import { requesterResolved } from "./requester-resolved";
import { requesterExtensionNotice } from "./requester-extension-notice";
import { requesterNewMessage } from "./requester-new-message";
import { requesterStatusLinks } from "./requester-status-links";
import { requesterVerification } from "./requester-verification";
import { requesterWithdrawn } from "./requester-withdrawn";
import { staffAssignment } from "./staff-assignment";
import { staffDailyDigest } from "./staff-daily-digest";
import { staffDeadlineReminder } from "./staff-deadline-reminder";
import { staffInvitation } from "./staff-invitation";
import { staffTestEmail } from "./staff-test-email";
import type { EmailTemplate } from "./types";
import type { z } from "zod";

/** Every email the app can send. A row in the outbox names one of these. */
export const templates = {
  "staff-test-email": staffTestEmail,
  "staff-deadline-reminder": staffDeadlineReminder,
  "staff-invitation": staffInvitation,
  "staff-assignment": staffAssignment,
  "staff-daily-digest": staffDailyDigest,
  "requester-acknowledgement": requesterAcknowledgement,
  "requester-extension-notice": requesterExtensionNotice,
  "requester-verification": requesterVerification,
  "requester-expired": requesterExpired,
  "requester-withdrawn": requesterWithdrawn,
  "requester-status-links": requesterStatusLinks,
  "requester-new-message": requesterNewMessage,
  "requester-resolved": requesterResolved,
  "requester-denied": requesterDenied,
  "requester-routed": requesterRouted,
  "requester-routing-update": requesterRoutingUpdate,
  "customer-routed-request": customerRoutedRequest,
  "customer-routing-reminder": customerRoutingReminder,
  "staff-routing-alert": staffRoutingAlert,
} as const satisfies Record<string, EmailTemplate<z.ZodType>>;

export type TemplateName = keyof typeof templates;

export function templateNamed(name: string): EmailTemplate<z.ZodType> | undefined {
  return (templates as Record<string, EmailTemplate<z.ZodType>>)[name];
}

"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import type { Permission } from "@/lib/auth/roles";
import {
  addCaseNoteSchema,
  assignCaseSchema,
  denyCaseSchema,
  extendDeadlineSchema,
  markDuplicateSchema,
  recordAnswerSchema,
  reopenCaseSchema,
  resolveCaseSchema,
  revealRequesterSchema,
  sendMessageSchema,
  tickChecklistItemSchema,
  verifyIdentitySchema,
} from "@/lib/domain/cases/case-forms";
import { ACTION_PERMISSIONS } from "@/lib/domain/cases/workflow";
import {
  closeAsTransferredSchema,
  resendRoutingSchema,
  revokeRoutingSchema,
  routeToCustomerSchema,
} from "@/lib/domain/routing/routing-forms";
import { staffFormAction } from "@/lib/forms/form-action";
import type { cases } from "@/lib/i18n/messages/en/cases";
import { translatorFor } from "@/lib/i18n/translator";
import { addCaseNote } from "@/lib/server/cases/add-case-note";
import { assignCase } from "@/lib/server/cases/assign-case";
import { denyCase } from "@/lib/server/cases/deny-case";
import { markDuplicate } from "@/lib/server/cases/mark-duplicate";
import { reopenCase } from "@/lib/server/cases/reopen-case";
import { resolveCase } from "@/lib/server/cases/resolve-case";
import { revealRequester } from "@/lib/server/cases/reveal-requester";
import { tickChecklistItem } from "@/lib/server/cases/tick-checklist-item";
import { verifyIdentity } from "@/lib/server/cases/verify-identity";
import { extendDeadline } from "@/lib/server/deadlines/extend-deadline";
import { resumeCaseClock } from "@/lib/server/deadlines/resume-case-clock";
import { sendMessageToRequester } from "@/lib/server/messages/send-message-to-requester";
import { closeAsTransferred } from "@/lib/server/routing/close-as-transferred";
import { resendRouting } from "@/lib/server/routing/resend-routing";
import { revokeRouting } from "@/lib/server/routing/revoke-routing";
import { routeToCustomer } from "@/lib/server/routing/route-to-customer";

/**
 * Each case action: its form's schema reads the fields (bad input never reaches the use-case) and the
 * actor must hold the action's permission; the use-case checks the case's status, who may see it and the
 * version, then the case page is refreshed.
 */
/** What an action answers once done, in the staff member's language: `cases.done.<name>`. */
type DoneMessage = keyof (typeof cases)["cases"]["done"];

function caseAction<S extends z.ZodType<{ caseId: string }>>(
  permission: Permission,
  schema: S,
  change: (input: z.output<S>, actor: Actor) => Promise<unknown>,
  done: DoneMessage,
) {
  return staffFormAction(permission, {
    schema,
    run: async (value, { actor }) => {
      await change(value, actor);
      revalidatePath(`/cases/${value.caseId}`);
      return translatorFor(actor.locale)(`cases.done.${done}`);
    },
  });
}

export const assignAction = caseAction(ACTION_PERMISSIONS.assign, assignCaseSchema, assignCase, "assigned");
export const verifyIdentityAction = caseAction(
  ACTION_PERMISSIONS.verifyIdentity,
  verifyIdentitySchema,
  verifyIdentity,
  "verified",
);
/** Writing to the requester, or asking them for information (the same permission, the use-case tells which). */
export const messageRequesterAction = caseAction(
  ACTION_PERMISSIONS.messageRequester,
  sendMessageSchema,
  sendMessageToRequester,
  "messageSent",
);
export const recordAnswerAction = caseAction(
  ACTION_PERMISSIONS.recordAnswer,
  recordAnswerSchema,
  resumeCaseClock,
  "answerRecorded",
);
export const extendDeadlineAction = caseAction(
  ACTION_PERMISSIONS.extend,
  extendDeadlineSchema,
  extendDeadline,
  "extended",
);
export const resolveAction = caseAction(
  ACTION_PERMISSIONS.resolve,
  resolveCaseSchema,
  resolveCase,
  "resolved",
);
export const denyAction = caseAction(
  ACTION_PERMISSIONS.deny,
  denyCaseSchema,
  denyCase,
  "denied",
);
export const markDuplicateAction = caseAction(
  ACTION_PERMISSIONS.markDuplicate,
  markDuplicateSchema,
  markDuplicate,
  "duplicate",
);
export const reopenAction = caseAction(ACTION_PERMISSIONS.reopen, reopenCaseSchema, reopenCase, "reopened");
export const addNoteAction = caseAction(ACTION_PERMISSIONS.addNote, addCaseNoteSchema, addCaseNote, "noteAdded");
export const tickChecklistAction = caseAction(
  ACTION_PERMISSIONS.tickChecklist,
  tickChecklistItemSchema,
  tickChecklistItem,
  "checklistUpdated",
);

export const routeToCustomerAction = caseAction(
  ACTION_PERMISSIONS.route,
  routeToCustomerSchema,
  routeToCustomer,
  "routed",
);
export const resendRoutingAction = caseAction(
  ACTION_PERMISSIONS.manageRouting,
  resendRoutingSchema,
  resendRouting,
  "resent",
);
export const revokeRoutingAction = caseAction(
  ACTION_PERMISSIONS.manageRouting,
  revokeRoutingSchema,
  revokeRouting,
  "revoked",
);
export const closeAsTransferredAction = caseAction(
  ACTION_PERMISSIONS.closeTransferred,
  closeAsTransferredSchema,
  closeAsTransferred,
  "closedTransferred",
);

/** Shows the requester in clear, as the reply's data; audited, and auditors must say why. */
export const revealRequesterAction = staffFormAction("cases:read", {
  schema: revealRequesterSchema,
  run: async (value, { actor }) => ({ data: await revealRequester(value, actor) }),
});

"use server";

import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/auth/guards";
import { requirePermission } from "@/lib/auth/guards";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { addCaseNote } from "@/lib/server/cases/add-case-note";
import { assignCase } from "@/lib/server/cases/assign-case";
import { denyCase } from "@/lib/server/cases/deny-case";
import { markDuplicate } from "@/lib/server/cases/mark-duplicate";
import { reopenCase } from "@/lib/server/cases/reopen-case";
import { resolveCase } from "@/lib/server/cases/resolve-case";
import { revealRequester, type RevealedRequester } from "@/lib/server/cases/reveal-requester";
import { tickChecklistItem } from "@/lib/server/cases/tick-checklist-item";
import { verifyIdentity } from "@/lib/server/cases/verify-identity";
import { extendDeadline } from "@/lib/server/deadlines/extend-deadline";
import { resumeCaseClock } from "@/lib/server/deadlines/resume-case-clock";
import { sendMessageToRequester } from "@/lib/server/messages/send-message-to-requester";
import { formStateFromError } from "@/lib/forms/form-state";
import { closeAsTransferred } from "@/lib/server/routing/close-as-transferred";
import { resendRouting } from "@/lib/server/routing/resend-routing";
import { revokeRouting } from "@/lib/server/routing/revoke-routing";
import { routeToCustomer } from "@/lib/server/routing/route-to-customer";

/** The form's fields by name; a name given several times (ticked boxes) becomes a list. */
function formInput(formData: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key);
    input[key] = values.length > 1 ? values : values[0];
  }
  return input;
}

/**
 * Each case action: sign-in checked here, role, status and input checked by its use-case, then the
 * case page is refreshed. The form's fields are passed as they are; the use-case's zod schema reads them.
 */
function caseAction(useCase: (input: unknown, actor: Actor) => Promise<unknown>, done: string) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> =>
    runFormAction(async () => {
      const actor = await requirePermission("cases:read");
      const input = formInput(formData);
      await useCase(input, actor);
      const caseId = formData.get("caseId");
      if (typeof caseId === "string") revalidatePath(`/cases/${caseId}`);
      return done;
    });
}

const assign = caseAction(assignCase, "Assignment saved.");
const verify = caseAction(verifyIdentity, "Verification recorded.");
const message = caseAction(sendMessageToRequester, "Message sent to the requester.");
const answer = caseAction(resumeCaseClock, "Answer recorded; the case is worked again.");
const extend = caseAction(extendDeadline, "Deadline extended; the requester is notified.");
const resolve = caseAction(resolveCase, "Case resolved; the requester is notified.");
const deny = caseAction(denyCase, "Request denied; the requester is notified.");
const duplicate = caseAction(markDuplicate, "Case closed as a duplicate.");
const reopen = caseAction(reopenCase, "Case reopened.");
const note = caseAction(addCaseNote, "Note added.");
const tick = caseAction(tickChecklistItem, "Checklist updated.");
const route = caseAction(routeToCustomer, "Sent to the customer; the requester is told.");
const resend = caseAction(resendRouting, "Sent again with a new link; the old link no longer works.");
const revoke = caseAction(revokeRouting, "Link revoked; the case is back in progress.");
const transferred = caseAction(closeAsTransferred, "Closed as transferred to the controller.");

export async function assignAction(previous: FormState, formData: FormData) {
  return assign(previous, formData);
}
export async function verifyIdentityAction(previous: FormState, formData: FormData) {
  return verify(previous, formData);
}
export async function messageRequesterAction(previous: FormState, formData: FormData) {
  return message(previous, formData);
}
export async function recordAnswerAction(previous: FormState, formData: FormData) {
  return answer(previous, formData);
}
export async function extendDeadlineAction(previous: FormState, formData: FormData) {
  return extend(previous, formData);
}
export async function resolveAction(previous: FormState, formData: FormData) {
  return resolve(previous, formData);
}
export async function denyAction(previous: FormState, formData: FormData) {
  return deny(previous, formData);
}
export async function markDuplicateAction(previous: FormState, formData: FormData) {
  return duplicate(previous, formData);
}
export async function reopenAction(previous: FormState, formData: FormData) {
  return reopen(previous, formData);
}
export async function addNoteAction(previous: FormState, formData: FormData) {
  return note(previous, formData);
}
export async function tickChecklistAction(previous: FormState, formData: FormData) {
  return tick(previous, formData);
}

export async function routeToCustomerAction(previous: FormState, formData: FormData) {
  return route(previous, formData);
}
export async function resendRoutingAction(previous: FormState, formData: FormData) {
  return resend(previous, formData);
}
export async function revokeRoutingAction(previous: FormState, formData: FormData) {
  return revoke(previous, formData);
}
export async function closeAsTransferredAction(previous: FormState, formData: FormData) {
  return transferred(previous, formData);
}

export type RevealState = FormState & { revealed?: RevealedRequester };

/** Shows the requester in clear; audited, and auditors must say why. */
export async function revealRequesterAction(_previous: RevealState, formData: FormData): Promise<RevealState> {
  try {
    const actor = await requirePermission("cases:read");
    const revealed = await revealRequester(
      { caseId: formData.get("caseId"), reason: formData.get("reason") ?? undefined },
      actor,
    );
    return { ok: true, revealed };
  } catch (error) {
    return formStateFromError(error);
  }
}

import {
  addNoteAction,
  assignAction,
  closeAsTransferredAction,
  denyAction,
  extendDeadlineAction,
  markDuplicateAction,
  messageRequesterAction,
  recordAnswerAction,
  reopenAction,
  resendRoutingAction,
  resolveAction,
  revokeRoutingAction,
  routeToCustomerAction,
  verifyIdentityAction,
} from "@/lib/actions/staff/case";
import { setLegalHoldAction } from "@/lib/actions/staff/legal-hold";
import { addCaseTaskAction, recordTaskResultAction, waiveTaskAction } from "@/lib/actions/staff/tasks";
import {
  addCaseNoteSchema,
  assignCaseSchema,
  denyCaseSchema,
  extendDeadlineSchema,
  markDuplicateSchema,
  recordAnswerSchema,
  reopenCaseSchema,
  resolveCaseSchema,
  sendMessageSchema,
  verifyIdentitySchema,
} from "@/lib/domain/cases/case-forms";
import { addCaseTaskSchema, recordTaskResultSchema, waiveTaskSchema } from "@/lib/domain/fulfilment/task-forms";
import { setLegalHoldSchema } from "@/lib/domain/retention/legal-hold";
import {
  closeAsTransferredSchema,
  resendRoutingSchema,
  revokeRoutingSchema,
  routeToCustomerSchema,
} from "@/lib/domain/routing/routing-forms";

/**
 * The case page's action forms by id: the schema the browser checks with and the server action that
 * parses with the same schema. Server components name a form by its id (a schema cannot be passed to a
 * client component), and ActionForm takes the pair from here, so the two cannot be mismatched.
 */
export const CASE_FORMS = {
  assign: { schema: assignCaseSchema, action: assignAction },
  verify: { schema: verifyIdentitySchema, action: verifyIdentityAction },
  "request-information": { schema: sendMessageSchema, action: messageRequesterAction },
  "record-answer": { schema: recordAnswerSchema, action: recordAnswerAction },
  message: { schema: sendMessageSchema, action: messageRequesterAction },
  extend: { schema: extendDeadlineSchema, action: extendDeadlineAction },
  resolve: { schema: resolveCaseSchema, action: resolveAction },
  deny: { schema: denyCaseSchema, action: denyAction },
  duplicate: { schema: markDuplicateSchema, action: markDuplicateAction },
  reopen: { schema: reopenCaseSchema, action: reopenAction },
  note: { schema: addCaseNoteSchema, action: addNoteAction },
  route: { schema: routeToCustomerSchema, action: routeToCustomerAction },
  "resend-routing": { schema: resendRoutingSchema, action: resendRoutingAction },
  "revoke-routing": { schema: revokeRoutingSchema, action: revokeRoutingAction },
  "close-transferred": { schema: closeAsTransferredSchema, action: closeAsTransferredAction },
  "legal-hold-form": { schema: setLegalHoldSchema, action: setLegalHoldAction },
  "add-task": { schema: addCaseTaskSchema, action: addCaseTaskAction },
  "record-task": { schema: recordTaskResultSchema, action: recordTaskResultAction },
  "waive-task": { schema: waiveTaskSchema, action: waiveTaskAction },
} as const;

export type CaseFormId = keyof typeof CASE_FORMS;

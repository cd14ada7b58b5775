import { z } from "zod";
import { caseInput, caseReferenceSchema, staffText } from "./case-fields";
import { DENIAL_REASONS } from "./denial";

/**
 * The schemas of the case page's and the queue's forms. Each is read three times: by the browser as the
 * person leaves a field and on submit, by the server action before anything else runs, and again by the
 * use-case, which takes the schema's input type (z.input) and also serves the JSON API and the tests.
 * Empty fields arrive absent (lib/forms/parse-form.ts), so a required field's message is the one on its type.
 */

/** Assign, reassign, or unassign ("none"). */
export const assignCaseSchema = z.object({
  ...caseInput,
  /** The staff member to assign, or "none" (null) to leave the case unassigned. */
  assigneeId: z.union([z.literal("none").transform(() => null), z.null(), z.string().uuid()], {
    message: "choose_staff_member",
  }),
});

export const VERIFICATION_METHODS = [
  "ACCOUNT_MATCH",
  "KNOWLEDGE_QUESTIONS",
  "DOCUMENT_CHECKED",
  "SIGNED_AUTHORIZATION",
  "COURT_OR_CIVIL_RECORD",
  "OTHER",
] as const;

export const verifyIdentitySchema = z.object({
  ...caseInput,
  /** The requester's identity, or a guardian's / agent's authority to act for the subject. */
  what: z.enum(["IDENTITY", "AUTHORITY"], { message: "say_what_verified" }),
  method: z.enum(VERIFICATION_METHODS, { message: "choose_verification_method" }),
});

/** Writing to the requester; asking for information (asksFor) stops the clock where the regime allows it. */
export const sendMessageSchema = z.object({
  ...caseInput,
  body: z.string({ message: "write_message" }).trim().min(1, "write_message").max(4000, "message_too_long"),
  /** Absent, or "" from the JSON API: a plain message. */
  asksFor: z
    .union([z.enum(["CLARIFICATION", "IDENTITY"]), z.literal("").transform(() => undefined)], {
      message: "say_what_you_need",
    })
    .optional(),
});

/** The requester's answer came by email, post or phone. */
export const recordAnswerSchema = z.object({
  ...caseInput,
  /** When the answer arrived (it may have come before it was recorded); absent: now. */
  answeredAt: z.date({ message: "enter_answer_date" }).optional(),
});

export const extendDeadlineSchema = z.object({
  ...caseInput,
  reason: z
    .string({ message: "give_extension_reasons" })
    .trim()
    .min(10, "give_extension_reasons")
    .max(2000, "extension_reasons_too_long"),
});

export const resolveCaseSchema = z.object({
  ...caseInput,
  outcome: z.enum(["FULFILLED", "PARTIALLY_FULFILLED"], { message: "choose_fulfilled" }),
  summary: staffText("write_summary", 10),
  /**
   * Closing as fulfilled while checklist items are unticked needs this, ticked once the officer has seen
   * which items they are (the use-case refuses without it and names them).
   */
  confirmUnticked: z.boolean({ message: "tick_or_leave_empty" }).optional(),
});

export const denyCaseSchema = z.object({
  ...caseInput,
  reason: z.enum(DENIAL_REASONS, { message: "choose_denial_reason" }),
  text: staffText("write_denial_reasons", 20),
});

export const markDuplicateSchema = z.object({
  ...caseInput,
  duplicateOf: z.string({ message: "enter_original_reference" }).trim().toUpperCase().pipe(caseReferenceSchema),
});

export const reopenCaseSchema = z.object({ ...caseInput, reason: staffText("write_reopen_reason", 10) });

export const addCaseNoteSchema = z.object({ ...caseInput, body: staffText("write_note", 1) });

/** One item of the checklist ticked (done) or unticked. */
export const tickChecklistItemSchema = z.object({
  ...caseInput,
  item: z.string({ message: "choose_checklist_item" }).min(1, "choose_checklist_item"),
  done: z.boolean({ message: "say_item_done" }),
});

/** Showing the requester in clear; auditors must give a reason (the use-case says so). */
export const revealRequesterSchema = z.object({
  caseId: caseInput.caseId,
  reason: staffText("write_reveal_reason", 10, 500).optional(),
});

/** The queue's bulk assignment: each case goes through assignCaseSchema's use-case on its own. */
export const bulkAssignSchema = z.object({
  caseIds: z.array(z.string().uuid(), { message: "select_cases" }).min(1, "select_cases").max(200, "too_many_cases"),
  assigneeId: z.string({ message: "choose_staff_member" }).min(1, "choose_staff_member"),
});

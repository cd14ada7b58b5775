import { describe, expect, it } from "vitest";
import {
  bulkAssignSchema,
  assignCaseSchema,
  recordAnswerSchema,
  resolveCaseSchema,
  sendMessageSchema,
  tickChecklistItemSchema,
} from "@/lib/domain/cases/case-forms";
import { setLegalHoldSchema } from "@/lib/domain/retention/legal-hold";
import { routeToCustomerSchema } from "@/lib/domain/routing/routing-forms";
import { parseForm } from "@/lib/forms/parse-form";

const CASE = "7f0c6a52-3b0e-4d5e-9f5e-2a4f3b1c9d10";
const OTHER = "0b7e2f4c-8a1d-4c3e-b5f6-9d8e7c6b5a40";

/** The form as the browser posts it: every value text, a ticked box once per tick. */
function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

const parsed = <S extends Parameters<typeof parseForm>[1]>(schema: S, entries: [string, string][]) =>
  parseForm(form(entries), schema);

/** The field errors of a refused form. */
function refused<S extends Parameters<typeof parseForm>[1]>(schema: S, entries: [string, string][]) {
  const submission = parseForm(form(entries), schema);
  return submission.status === "error" ? submission.error : undefined;
}

describe("the case forms' schemas read what the browser posts", () => {
  it("assign: a staff member, 'none' to unassign, and nothing chosen is refused (it never unassigns)", () => {
    const base: [string, string][] = [
      ["caseId", CASE],
      ["expectedVersion", "3"],
    ];
    expect(parsed(assignCaseSchema, [...base, ["assigneeId", OTHER]])).toMatchObject({
      status: "success",
      value: { caseId: CASE, expectedVersion: 3, assigneeId: OTHER },
    });
    expect(parsed(assignCaseSchema, [...base, ["assigneeId", "none"]])).toMatchObject({ value: { assigneeId: null } });
    expect(refused(assignCaseSchema, [...base, ["assigneeId", ""]])).toEqual({
      assigneeId: ["choose_staff_member"],
    });
  });

  it("resolve: the ticked confirmation box becomes true, and an unticked one is simply absent", () => {
    const base: [string, string][] = [
      ["caseId", CASE],
      ["outcome", "FULFILLED"],
      ["summary", "Your data is in the portal."],
    ];
    expect(parsed(resolveCaseSchema, [...base, ["confirmUnticked", "on"]])).toMatchObject({
      status: "success",
      value: { outcome: "FULFILLED", confirmUnticked: true },
    });
    const without = parsed(resolveCaseSchema, base);
    expect(without.status).toBe("success");
    expect(without.status === "success" && without.value.confirmUnticked).toBeUndefined();
  });

  it("the checklist's and the legal hold's hidden true/false become booleans", () => {
    const tick = parsed(tickChecklistItemSchema, [
      ["caseId", CASE],
      ["item", "data-collected"],
      ["done", "false"],
    ]);
    expect(tick).toMatchObject({ status: "success", value: { item: "data-collected", done: false } });
    const hold = parsed(setLegalHoldSchema, [
      ["caseId", CASE],
      ["hold", "true"],
      ["reason", "Litigation pending"],
    ]);
    expect(hold).toMatchObject({ status: "success", value: { hold: true, reason: "Litigation pending" } });
  });

  it("a message asks for nothing unless a need is chosen; an empty message is refused", () => {
    const plain = parsed(sendMessageSchema, [
      ["caseId", CASE],
      ["asksFor", ""],
      ["body", " Hello "],
    ]);
    expect(plain).toMatchObject({ status: "success", value: { body: "Hello" } });
    expect(plain.status === "success" && plain.value.asksFor).toBeUndefined();
    expect(
      refused(sendMessageSchema, [
        ["caseId", CASE],
        ["body", ""],
      ]),
    ).toEqual({ body: ["write_message"] });
  });

  it("the answer's time is a date, and empty means now", () => {
    const at = parsed(recordAnswerSchema, [
      ["caseId", CASE],
      ["answeredAt", "2027-03-12T15:00"],
    ]);
    expect(at.status === "success" && at.value.answeredAt).toBeInstanceOf(Date);
    const now = parsed(recordAnswerSchema, [
      ["caseId", CASE],
      ["answeredAt", ""],
    ]);
    expect(now.status === "success" && now.value.answeredAt).toBeUndefined();
  });

  it("one ticked contact is a list of one; none ticked is refused next to the list", () => {
    const base: [string, string][] = [
      ["caseId", CASE],
      ["customerId", OTHER],
    ];
    expect(parsed(routeToCustomerSchema, [...base, ["contactIds", OTHER]])).toMatchObject({
      status: "success",
      value: { contactIds: [OTHER] },
    });
    expect(refused(routeToCustomerSchema, base)).toEqual({
      contactIds: ["choose_one_contact"],
    });
  });

  it("the queue's bulk assignment needs selected cases and a staff member", () => {
    expect(
      parsed(bulkAssignSchema, [
        ["caseIds", CASE],
        ["caseIds", OTHER],
        ["assigneeId", OTHER],
      ]),
    ).toMatchObject({
      status: "success",
      value: { caseIds: [CASE, OTHER], assigneeId: OTHER },
    });
    expect(refused(bulkAssignSchema, [["assigneeId", ""]])).toEqual({
      caseIds: ["select_cases"],
      assigneeId: ["choose_staff_member"],
    });
  });
});

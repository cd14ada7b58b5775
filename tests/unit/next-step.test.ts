import { describe, expect, it } from "vitest";
import { nextStep, type NextStepFacts } from "@/lib/domain/cases/next-step";
import { CASE_ACTIONS } from "@/lib/domain/cases/workflow";

const working: NextStepFacts = {
  status: "IN_PROGRESS",
  assigned: true,
  identityVerified: true,
  authorityNeeded: false,
  authorityVerified: false,
  directMarketing: false,
  customerToRouteTo: false,
  requesterWroteLast: false,
  uncheckedItems: 0,
  actions: CASE_ACTIONS,
};

describe("the next step the case page suggests", () => {
  it("follows the work: take the case, answer a new message, verify, pass on, tick, answer", () => {
    expect(nextStep({ ...working, status: "NEW", assigned: false })).toEqual({ step: "assign", action: "assign" });
    expect(nextStep({ ...working, requesterWroteLast: true, identityVerified: false })).toEqual({
      step: "reply",
      action: "messageRequester",
    });
    expect(nextStep({ ...working, identityVerified: false })).toEqual({
      step: "verifyIdentity",
      action: "verifyIdentity",
    });
    expect(nextStep({ ...working, authorityNeeded: true })?.step).toBe("verifyAuthority");
    expect(nextStep({ ...working, authorityNeeded: true, authorityVerified: true })?.step).toBe("resolve");
    expect(nextStep({ ...working, customerToRouteTo: true })).toEqual({ step: "route", action: "route" });
    expect(nextStep({ ...working, uncheckedItems: 2 })).toEqual({ step: "workChecklist", action: "tickChecklist" });
    expect(nextStep(working)).toEqual({ step: "resolve", action: "resolve" });
  });

  it("asks no proof of identity to stop direct marketing", () => {
    expect(nextStep({ ...working, identityVerified: false, directMarketing: true })?.step).toBe("resolve");
  });

  it("says what the case waits for, and nothing once it is closed", () => {
    expect(nextStep({ ...working, status: "UNVERIFIED" })).toEqual({ step: "waitForEmail", action: null });
    expect(nextStep({ ...working, status: "AWAITING_REQUESTER" })).toEqual({
      step: "waitForAnswer",
      action: "recordAnswer",
    });
    expect(nextStep({ ...working, status: "ROUTED" })?.step).toBe("waitForCustomer");
    expect(nextStep({ ...working, status: "CLOSED" })).toBeNull();
  });

  it("links no form the reader may not use", () => {
    expect(nextStep({ ...working, status: "NEW", assigned: false, actions: ["addNote"] })).toEqual({
      step: "assign",
      action: null,
    });
  });
});

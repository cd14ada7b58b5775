import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/auth/roles";
import { checklistFor } from "@/lib/domain/cases/checklists";
import { DENIAL_REASONS, denialReasonsFor, denialRefusal } from "@/lib/domain/cases/denial";
import { maskEmail, maskName } from "@/lib/domain/cases/masking";
import { availableActions, CASE_ACTIONS, CASE_STATUSES, checkAction } from "@/lib/domain/cases/workflow";

const me = "11111111-1111-1111-1111-111111111111";
const other = "22222222-2222-2222-2222-222222222222";

describe("case workflow rules", () => {
  it("never lets an auditor act, whatever the case", () => {
    fc.assert(
      fc.property(fc.constantFrom(...CASE_STATUSES), fc.constantFrom(null, me, other), (status, assigneeId) => {
        expect(availableActions({ id: me, role: "AUDITOR" }, { status, outcome: null, assigneeId })).toEqual([]);
      }),
    );
  });

  it("keeps deny, extend and reopen for privacy officers and admins", () => {
    for (const action of ["deny", "extend", "reopen"] as const) {
      for (const role of ROLES) {
        const status = action === "reopen" ? "CLOSED" : "IN_PROGRESS";
        const allowed = checkAction(action, { id: me, role }, { status, outcome: "FULFILLED", assigneeId: null }).allowed;
        expect(allowed, `${role} ${action}`).toBe(role === "ADMIN" || role === "PRIVACY_OFFICER");
      }
    }
  });

  it("gives analysts their own and unassigned cases only", () => {
    const analyst = { id: me, role: "ANALYST" as const };
    expect(availableActions(analyst, { status: "NEW", outcome: null, assigneeId: null })).toContain("resolve");
    expect(availableActions(analyst, { status: "NEW", outcome: null, assigneeId: me })).toContain("resolve");
    expect(availableActions(analyst, { status: "NEW", outcome: null, assigneeId: other })).toEqual([]);
  });

  it("opens only reopen and notes on a closed case, and not reopen when it expired unconfirmed", () => {
    const officer = { id: me, role: "PRIVACY_OFFICER" as const };
    expect(availableActions(officer, { status: "CLOSED", outcome: "DENIED", assigneeId: null })).toEqual(["reopen", "addNote"]);
    expect(availableActions(officer, { status: "CLOSED", outcome: "EXPIRED", assigneeId: null })).toEqual(["addNote"]);
    expect(availableActions(officer, { status: "CLOSED", outcome: "FULFILLED", assigneeId: null, anonymized: true })).toEqual([
      "addNote",
    ]);
    expect(availableActions(officer, { status: "UNVERIFIED", outcome: null, assigneeId: null })).toEqual(["addNote"]);
  });

  it("records an answer only while awaiting the requester", () => {
    for (const status of CASE_STATUSES) {
      const allowed = checkAction("recordAnswer", { id: me, role: "ADMIN" }, { status, outcome: null, assigneeId: null }).allowed;
      expect(allowed).toBe(status === "AWAITING_REQUESTER");
    }
    expect(CASE_ACTIONS).toContain("recordAnswer");
  });

  it("never offers or accepts compelling grounds against a direct-marketing objection", () => {
    const marketing = { processing: "Newsletters", directMarketing: true };
    expect(denialRefusal("OBJECTION", marketing, "COMPELLING_LEGITIMATE_GROUNDS")).toBe("marketing_must_stop");
    expect(denialReasonsFor("OBJECTION", marketing)).not.toContain("COMPELLING_LEGITIMATE_GROUNDS");
    expect(denialReasonsFor("OBJECTION", { directMarketing: false, grounds: "x" })).toContain("COMPELLING_LEGITIMATE_GROUNDS");
    expect(denialReasonsFor("ACCESS", {})).not.toContain("COMPELLING_LEGITIMATE_GROUNDS");
    for (const reason of DENIAL_REASONS.filter((r) => r !== "COMPELLING_LEGITIMATE_GROUNDS")) {
      expect(denialRefusal("OBJECTION", marketing, reason)).toBeNull();
    }
  });

  it("adds the relationship check to the type's checklist for guardians and agents", () => {
    expect(checklistFor("ACCESS", "SELF").map((i) => i.key)).not.toContain("relationship-guardian");
    expect(checklistFor("ACCESS", "GUARDIAN")[0]!.key).toBe("relationship-guardian");
    expect(checklistFor("CORRECTION", "AUTHORIZED_AGENT")[0]!.key).toBe("relationship-agent");
  });

  it("masks names and emails beyond recognition of the whole", () => {
    expect(maskEmail("robin.requester@example.com")).toBe("r•••@e•••.com");
    expect(maskName("Robin Requester")).toBe("R••• R•••");
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        const local = email.slice(0, email.lastIndexOf("@"));
        if (local.length > 3) expect(maskEmail(email)).not.toContain(local);
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import {
  describeEvent,
  groupEmailsWithEvents,
  type TimelineEntry,
  type TimelineEvent,
} from "@/lib/domain/cases/timeline-sentences";

const LI = "11111111-1111-4111-8111-111111111111";
const CHEN = "22222222-2222-4222-8222-222222222222";
const names = new Map([
  [LI, "Li Wei"],
  [CHEN, "Chen Jing"],
]);

const staffEvent = (type: string, data: unknown): TimelineEvent => ({
  type,
  actorKind: "STAFF",
  actorId: LI,
  actorName: "Li Wei",
  data,
});

describe("the case timeline in words", () => {
  it("words a webhook sent again: the delivery's status and the task's state, not the case's status", () => {
    const SYSTEM = "33333333-3333-4333-8333-333333333333";
    const event = staffEvent("task.delivery_resent", {
      deliveryId: "msg_x",
      systemId: SYSTEM,
      taskId: "t",
      changes: { deliveryStatus: { from: "FAILED", to: "PENDING" }, state: { from: "FAILED", to: "OPEN" } },
    });
    const systems = new Map([[SYSTEM, "Billing CRM"]]);
    const en = describeEvent("en", event, names, systems);
    expect(en.sentence).toBe("Li Wei sent the webhook to Billing CRM again");
    expect(en.changes).toEqual(["Webhook delivery: Failed → Waiting", "Task: Failed → Open"]);
    const zh = describeEvent("zh", event, names, systems);
    expect(zh.changes.join(" ")).not.toMatch(/FAILED|PENDING|Failed|Waiting/);
  });

  it("names who assigned the case to whom, and says what changed in words, not ids", () => {
    const assigned = describeEvent(
      "en",
      staffEvent("case.assigned", {
        changes: { assigneeId: { from: null, to: CHEN }, status: { from: "NEW", to: "IN_PROGRESS" } },
      }),
      names,
    );
    expect(assigned.sentence).toBe("Li Wei assigned the case to Chen Jing");
    expect(assigned.changes).toEqual(["Assignee: nobody → Chen Jing", "Status: New → In progress"]);
    expect(JSON.stringify(assigned)).not.toContain(CHEN);
  });

  it("says so when staff take a case themselves or leave it unassigned", () => {
    const took = staffEvent("case.assigned", { changes: { assigneeId: { from: null, to: LI } } });
    expect(describeEvent("en", took, names).sentence).toBe("Li Wei took the case");
    const left = staffEvent("case.assigned", { changes: { assigneeId: { from: LI, to: null } } });
    expect(describeEvent("en", left, names).sentence).toBe("Li Wei left the case unassigned");
  });

  it("writes the closing with its outcome, in English and in Chinese", () => {
    const closed = staffEvent("case.closed", {
      changes: { status: { from: "IN_PROGRESS", to: "CLOSED" }, outcome: { from: null, to: "DENIED" } },
      denialReason: "IDENTITY_NOT_VERIFIED",
    });
    expect(describeEvent("en", closed, names).sentence).toBe("Li Wei closed the case: denied");
    expect(describeEvent("zh", closed, names)).toEqual({
      sentence: "Li Wei关闭了案件：已拒绝",
      changes: ["状态：处理中 → 已关闭", "结果：— → 已拒绝"],
    });
  });

  it("words a legal hold and a denial's reason in the reader's language, never as codes or true/false", () => {
    const hold = staffEvent("case.legal_hold_placed", { changes: { legalHold: { from: false, to: true } } });
    expect(describeEvent("zh", hold, names).changes).toEqual(["法律保留：否 → 是"]);
    expect(describeEvent("en", hold, names).changes).toEqual(["Legal hold: No → Yes"]);
    const denied = staffEvent("case.closed", { changes: { denialReason: { from: null, to: "NO_DATA_FOUND" } } });
    expect(describeEvent("zh", denied, names).changes).toEqual(["理由：— → 未找到个人数据"]);
  });

  it("names the requester, the system and the customer when they acted", () => {
    const byRequester = { type: "case.withdrawn", actorKind: "REQUESTER", actorId: null, actorName: null, data: {} };
    expect(describeEvent("en", byRequester, names).sentence).toBe("The requester withdrew the request");
    const unknown = { type: "case.something_new", actorKind: "SYSTEM", actorId: null, actorName: null, data: {} };
    expect(describeEvent("en", unknown, names).sentence).toBe("Rightsdesk: case.something_new");
  });
});

describe("emails on the timeline", () => {
  const at = new Date("2026-12-02T10:00:00.000Z");
  const event: TimelineEntry = { kind: "event", at, ...staffEvent("case.closed", {}) };
  const email = (queuedAt: Date): TimelineEntry => ({
    kind: "email",
    at: new Date(queuedAt.getTime() + 60_000),
    queuedAt,
    template: "requester-resolved",
    to: "p***@example.com",
    status: "SENT",
  });

  it("sit under the action that queued them, and stand alone otherwise", () => {
    const caused = email(new Date(at.getTime() + 15));
    const later = email(new Date(at.getTime() + 3_600_000));
    const { items, emailsOf } = groupEmailsWithEvents([later, caused, event]);
    expect(emailsOf.get(event)).toEqual([caused]);
    expect(items).toEqual([later, event]);
  });
});

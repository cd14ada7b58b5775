import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settingsFixture } from "../support/settings-fixture";
import type { Actor } from "@/lib/auth/guards";
import { logCase } from "../support/log-case";
import { loadRoutingPolicy } from "@/lib/server/routing/routing-policy";
import { updateRoutingPolicy } from "@/lib/server/routing/update-routing-policy";
import { confirmAndRoute, registerCustomer } from "../support/customers";
import { refusal } from "../support/refusal";
import { createStaff } from "../support/staff";
import { type TestDatabase } from "../support/test-database";

const DEFAULTS = {
  forwardWithinBusinessDays: 2,
  remindAfterBusinessDays: 5,
  escalateAfterBusinessDays: 10,
  linkValidDays: 30,
};

describe("routing policy settings", () => {
  let database: TestDatabase;
  let admin: Actor;
  let officer: Actor;
  beforeAll(async () => ({ database, admin, officer } = await settingsFixture()));
  afterAll(() => database.drop());

  const policy = async () => {
    const { forwardWithinBusinessDays, remindAfterBusinessDays, escalateAfterBusinessDays, linkValidDays } =
      await loadRoutingPolicy(database.prisma);
    return { forwardWithinBusinessDays, remindAfterBusinessDays, escalateAfterBusinessDays, linkValidDays };
  };
  // Input a form would never send (the wrapper checks it first): the use-case checks it again.
  const failure = (input: unknown, actor = admin) => refusal(updateRoutingPolicy(input as never, actor));

  it("is for administrators only", async () => {
    for (const role of ["PRIVACY_OFFICER", "ANALYST", "AUDITOR"] as const) {
      const error = await failure(
        { ...DEFAULTS, remindAfterBusinessDays: 3 },
        await createStaff(database.prisma, { role }),
      );
      expect(error.code).toBe("FORBIDDEN");
    }
    expect(await policy()).toEqual(DEFAULTS);
  });

  it("checks the values field by field and writes nothing when one is wrong", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ forwardWithinBusinessDays: "0" }, "forwardWithinBusinessDays"],
      [{ remindAfterBusinessDays: "61" }, "remindAfterBusinessDays"],
      [{ remindAfterBusinessDays: "2.5" }, "remindAfterBusinessDays"],
      [{ remindAfterBusinessDays: "abc" }, "remindAfterBusinessDays"],
      [{ remindAfterBusinessDays: "10", escalateAfterBusinessDays: "10" }, "escalateAfterBusinessDays"],
      [{ linkValidDays: "91" }, "linkValidDays"],
    ];
    for (const [change, field] of cases) {
      const error = await failure({ ...DEFAULTS, ...change });
      expect(error.code).toBe("VALIDATION");
      expect(Object.keys(error.fieldErrors ?? {})).toEqual([field]);
    }
    expect(await policy()).toEqual(DEFAULTS);
    expect(await database.prisma.auditEvent.count({ where: { type: "settings.routing_policy_updated" } })).toBe(0);
  });

  it("saves form values and audits each change with its value before and after", async () => {
    const result = await updateRoutingPolicy(
      {
        forwardWithinBusinessDays: "3",
        remindAfterBusinessDays: "4",
        escalateAfterBusinessDays: "10",
        linkValidDays: "45",
      },
      admin,
    );
    expect(result.changed).toEqual(["forwardWithinBusinessDays", "remindAfterBusinessDays", "linkValidDays"]);
    expect(await policy()).toEqual({
      forwardWithinBusinessDays: 3,
      remindAfterBusinessDays: 4,
      escalateAfterBusinessDays: 10,
      linkValidDays: 45,
    });
    const event = await database.prisma.auditEvent.findFirstOrThrow({
      where: { type: "settings.routing_policy_updated" },
    });
    expect(event).toMatchObject({ actorKind: "STAFF", actorId: admin.id, caseId: null });
    expect(event.data).toEqual({
      changes: {
        forwardWithinBusinessDays: { from: 2, to: 3 },
        remindAfterBusinessDays: { from: 5, to: 4 },
        linkValidDays: { from: 30, to: 45 },
      },
    });
    // Saving the same values again changes nothing and records nothing.
    expect((await updateRoutingPolicy({ ...(await policy()) }, admin)).changed).toEqual([]);
    expect(await database.prisma.auditEvent.count({ where: { type: "settings.routing_policy_updated" } })).toBe(1);
  });

  it("applies to the next routing: its reminder, escalation and link expiry", async () => {
    await updateRoutingPolicy(
      { ...DEFAULTS, remindAfterBusinessDays: 3, escalateAfterBusinessDays: 6, linkValidDays: 14 },
      admin,
    );
    const sentAt = new Date("2026-11-16T10:00:00Z"); // Monday, Dublin on UTC
    const logged = await logCase(
      {
        type: "ACCESS",
        regime: "EU_GDPR",
        channel: "EMAIL",
        receivedAt: new Date("2026-11-13T09:00:00Z"),
        requester: { email: "someone@example.com", name: "Some One" },
      },
      officer,
      sentAt,
    );
    const customer = await registerCustomer(database.prisma, {
      name: "Fabrikam",
      contactEmails: ["privacy@fabrikam.example"],
    });
    await confirmAndRoute(database.prisma, logged.id, customer, officer, sentAt);
    const routing = await database.prisma.customerRouting.findFirstOrThrow({ where: { caseId: logged.id } });
    expect(routing.remindAt).toEqual(new Date("2026-11-19T23:59:59.999Z")); // Thursday
    expect(routing.escalateAt).toEqual(new Date("2026-11-24T23:59:59.999Z")); // the next Tuesday
    expect(routing.expiresAt).toEqual(new Date("2026-11-30T10:00:00Z"));
  });
});

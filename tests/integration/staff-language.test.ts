import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/guards";
import { renderEmail } from "@/lib/email/render-email";
import { templates, type TemplateName } from "@/lib/email/templates";
import { assignCase } from "@/lib/server/cases/assign-case";
import { runReminderSweep } from "@/lib/server/deadlines/run-reminder-sweep";
import { inviteStaff } from "@/lib/server/users/invite-staff";
import { updateStaffProfile } from "@/lib/server/users/update-staff-profile";
import { createCaseDueAt } from "../support/cases";
import { logCase } from "../support/log-case";
import { refusal } from "../support/refusal";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("a staff member's language", () => {
  let database: TestDatabase;
  let admin: Actor;
  let officer: Actor;

  beforeAll(async () => {
    database = await createTestDatabase();
    admin = await createStaff(database.prisma, { role: "ADMIN" });
    officer = await createStaff(database.prisma, { role: "PRIVACY_OFFICER" });
  });
  afterAll(() => database.drop());

  /** The newest email of a template to an address, as sent: its language and its words. */
  async function sentTo(to: string, template: TemplateName) {
    const row = await database.prisma.outboxEmail.findFirstOrThrow({
      where: { to, template },
      orderBy: { createdAt: "desc" },
    });
    const rendered = renderEmail(templates[template], row.payload as never, {
      appUrl: "https://rd.example",
      locale: row.locale,
    });
    return { locale: row.locale, subject: rendered.subject, text: rendered.text };
  }

  const snapshot = async () => ({
    users: await database.prisma.user.findMany({ orderBy: { id: "asc" }, select: { id: true, locale: true } }),
    emails: await database.prisma.outboxEmail.count(),
    audit: await database.prisma.auditEvent.count(),
  });

  it("is chosen at invitation: the invitation is written in it and the account keeps it", async () => {
    const email = `zh-invitee-${Date.now()}@example.com`;
    const { userId } = await inviteStaff({ email, name: "Chen Jing", role: "ANALYST", locale: "zh" }, admin);
    expect((await database.prisma.user.findUniqueOrThrow({ where: { id: userId } })).locale).toBe("zh");
    const invitation = await sentTo(email, "staff-invitation");
    expect(invitation).toMatchObject({ locale: "zh", subject: "邀请您加入 Rightsdesk" });
    expect(invitation.text).toContain("以分析员身份加入 Rightsdesk");
    const audit = await database.prisma.auditEvent.findFirstOrThrow({
      where: { type: "user.invited", data: { path: ["userId"], equals: userId } },
    });
    expect(audit.data).toMatchObject({ locale: "zh" });

    // Without a choice the invitation is in English.
    const english = `en-invitee-${Date.now()}@example.com`;
    await inviteStaff({ email: english, name: "Pat Analyst", role: "ANALYST" }, admin);
    expect(await sentTo(english, "staff-invitation")).toMatchObject({
      locale: "en",
      subject: "You are invited to Rightsdesk",
    });
  });

  it("is changed by the person in their profile, audited with before and after", async () => {
    const me = await createStaff(database.prisma, { role: "AUDITOR" });
    expect(await updateStaffProfile({ locale: "zh" }, me)).toEqual({ changed: ["locale"] });
    expect((await database.prisma.user.findUniqueOrThrow({ where: { id: me.id } })).locale).toBe("zh");
    const event = await database.prisma.auditEvent.findFirstOrThrow({
      where: { type: "user.profile_updated", actorId: me.id },
    });
    expect(event.data).toEqual({ changes: { locale: { from: "en", to: "zh" } } });

    const before = await snapshot();
    expect(await updateStaffProfile({ locale: "zh" }, me)).toEqual({ changed: [] });
    const refused = await refusal(updateStaffProfile({ locale: "fr" as never }, me));
    expect(refused.status).toBe(400);
    expect(refused.fieldErrors?.locale).toEqual(["choose_language"]);
    expect(await snapshot()).toEqual(before);
  });

  it("is the language of the emails staff get: an assignment and a deadline reminder", async () => {
    const chen = await createStaff(database.prisma, { role: "ANALYST" });
    await database.prisma.user.update({ where: { id: chen.id }, data: { locale: "zh" } });
    const created = await logCase(
      {
        type: "ACCESS",
        regime: "EU_GDPR",
        channel: "EMAIL",
        receivedAt: new Date(Date.now() - 60_000).toISOString(),
        requester: { email: `person-${Date.now()}@example.com`, name: "Pat Person" },
      },
      officer,
    );
    await assignCase({ caseId: created.id, assigneeId: chen.id, expectedVersion: 1 }, officer);
    const assignment = await sentTo(chen.email, "staff-assignment");
    expect(assignment.locale).toBe("zh");
    expect(assignment.subject).toMatch(/^案件 DSR-\d{4}-\d{6,} 已分配给您$/);

    // A case due within 7 days, assigned to Chen: the sweep reminds Chen in Chinese.
    const dueAt = new Date(Date.now() + 5 * 86_400_000);
    await createCaseDueAt(database.prisma, dueAt, {
      reference: "DSR-2026-900001",
      requester: { email: `due-${Date.now()}@example.com`, name: "Due Person" },
      assigneeId: chen.id,
      nextReminderAt: new Date(Date.now() - 60_000),
    });
    await runReminderSweep(database.prisma, new Date());
    const reminder = await sentTo(chen.email, "staff-deadline-reminder");
    expect(reminder.locale).toBe("zh");
    expect(reminder.subject).toMatch(/^DSR-2026-900001 将在 \d 天内到期/);
  });
});

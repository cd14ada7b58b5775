import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { settingsFixture, smtpFixture, testOutboxSettings } from "../support/settings-fixture";
import type { Actor } from "@/lib/auth/guards";
import { enqueueEmail } from "@/lib/email/outbox";
import { type MailTransport } from "@/lib/email/transport";
import { runOutboxOnce } from "@/lib/email/worker";
import { denyCase } from "@/lib/server/cases/deny-case";
import { logCase } from "../support/log-case";
import { updateOrganizationSettings } from "@/lib/server/settings/update-organization-settings";
import { type SmtpCapture } from "../support/smtp-capture";
import { refusal } from "../support/refusal";
import { createStaff } from "../support/staff";
import { type TestDatabase } from "../support/test-database";
import { saidFields } from "../support/said";

const settings = testOutboxSettings("Rightsdesk <privacy@rightsdesk.example>");

const AUTHORITY = "Data Protection Commission (Ireland), www.dataprotection.ie";
const CONTACT = "Data protection officer, dpo@company.example";

describe("organization settings", () => {
  let database: TestDatabase;
  let admin: Actor;
  let officer: Actor;
  let smtp: SmtpCapture;
  let transport: MailTransport;

  beforeAll(async () => ({ database, admin, officer } = await settingsFixture()));
  afterAll(() => database.drop());
  let stopSmtp: () => Promise<void>;
  beforeEach(async () => ({ smtp, transport, stop: stopSmtp } = await smtpFixture()));
  afterEach(() => stopSmtp());

  const auditCount = () => database.prisma.auditEvent.count({ where: { type: "settings.organization_updated" } });
  const send = async () => {
    while ((await runOutboxOnce(database.prisma, transport, settings)).sent > 0);
  };
  async function testEmailTo(to: string) {
    await database.prisma.$transaction((tx) =>
      enqueueEmail(tx, { template: "staff-test-email", to, payload: { requestedBy: "Admin" } }),
    );
    await send();
    return smtp.received.find((m) => JSON.stringify(m.to).includes(to))!;
  }

  it("sends from MAIL_FROM until an administrator saves a sender", async () => {
    const mail = await testEmailTo("first@example.com");
    expect(mail.from?.value).toEqual([{ name: "Rightsdesk", address: "privacy@rightsdesk.example" }]);
  });

  it("is for administrators only, and a refusal writes nothing", async () => {
    for (const role of ["PRIVACY_OFFICER", "ANALYST", "AUDITOR"] as const) {
      const actor = await createStaff(database.prisma, { role });
      const error = await refusal(updateOrganizationSettings({ senderName: "Someone else" }, actor));
      expect(error.code).toBe("FORBIDDEN");
    }
    expect(await database.prisma.organizationSettings.count()).toBe(0);
    expect(await auditCount()).toBe(0);
  });

  it("checks each field and writes nothing when one is wrong", async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ senderName: "" }, "senderName", /Enter the name/],
      [{ senderName: "Privacy <team>" }, "senderName", /angle brackets/],
      [{ senderName: "Privacy", senderEmail: "not an address" }, "senderEmail", /valid email address/],
      [{ senderName: "Privacy", supervisoryAuthority: "x".repeat(501) }, "supervisoryAuthority", /At most 500/],
    ];
    for (const [input, field, message] of cases) {
      // Input a form would never send (the wrapper checks it first): the use-case checks it again.
      const error = await refusal(updateOrganizationSettings(input as never, admin));
      expect(error.code, field).toBe("VALIDATION");
      expect(Object.keys(error.fieldErrors ?? {}), field).toEqual([field]);
      expect(saidFields(error.fieldErrors?.[field]).join(" "), field).toMatch(message);
    }
    expect(await database.prisma.organizationSettings.count()).toBe(0);
    expect(await auditCount()).toBe(0);
  });

  it("saves, audits each value before and after, and the next email goes out from the new sender", async () => {
    // Without an address of its own, the saved name goes with MAIL_FROM's address.
    await updateOrganizationSettings({ senderName: "Acme Privacy", senderEmail: "" }, admin);
    expect((await testEmailTo("second@example.com")).from?.value).toEqual([
      { name: "Acme Privacy", address: "privacy@rightsdesk.example" },
    ]);

    const result = await updateOrganizationSettings(
      {
        senderName: "Acme 隐私团队",
        senderEmail: "privacy@acme.example",
        supervisoryAuthority: AUTHORITY,
        complaintContact: CONTACT,
      },
      admin,
    );
    expect(result.changed).toEqual(["senderName", "senderEmail", "supervisoryAuthority", "complaintContact"]);
    const events = await database.prisma.auditEvent.findMany({
      where: { type: "settings.organization_updated" },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => e.data)).toEqual([
      { changes: { senderName: { from: null, to: "Acme Privacy" } } },
      {
        changes: {
          senderName: { from: "Acme Privacy", to: "Acme 隐私团队" },
          senderEmail: { from: null, to: "privacy@acme.example" },
          supervisoryAuthority: { from: null, to: AUTHORITY },
          complaintContact: { from: null, to: CONTACT },
        },
      },
    ]);
    expect(events[1]).toMatchObject({ actorKind: "STAFF", actorId: admin.id, caseId: null });
    // No restart: the worker reads the settings for each batch.
    expect((await testEmailTo("third@example.com")).from?.value).toEqual([
      { name: "Acme 隐私团队", address: "privacy@acme.example" },
    ]);
    expect(
      (
        await updateOrganizationSettings(
          {
            senderName: "Acme 隐私团队",
            senderEmail: "privacy@acme.example",
            supervisoryAuthority: AUTHORITY,
            complaintContact: CONTACT,
          },
          admin,
        )
      ).changed,
    ).toEqual([]);
  });

  it("names the configured supervisory authority and complaint contact in denial emails, in both languages", async () => {
    for (const locale of ["en", "zh"] as const) {
      const email = `denied-${locale}@example.com`;
      const logged = await logCase(
        {
          type: "ACCESS",
          regime: "EU_GDPR",
          channel: "EMAIL",
          receivedAt: new Date(Date.now() - 60_000).toISOString(),
          requester: { email, name: "Pat Person", locale },
        },
        officer,
      );
      await denyCase(
        { caseId: logged.id, reason: "NO_DATA_FOUND", text: "We searched every system and found nothing about you." },
        officer,
      );
      await send();
      const denial = smtp.received.find(
        (m) => JSON.stringify(m.to).includes(email) && /cannot|无法/.test(m.subject ?? ""),
      );
      expect(denial?.text).toContain(AUTHORITY);
      expect(denial?.text).toContain(CONTACT);
      // The regime's general remedy stays: the person may also turn to the authority where they live.
      expect(denial?.text).toMatch(
        locale === "en" ? /lodge a complaint with a data protection supervisory authority/ : /数据保护监管机构投诉/,
      );
    }
    expect(
      smtp.received.find(
        (m) => JSON.stringify(m.to).includes("denied-en@example.com") && /cannot/.test(m.subject ?? ""),
      )?.text,
    ).toContain(`The supervisory authority responsible for us: ${AUTHORITY}.`);
  });

  it("leaves the authority out of denial emails when none is set", async () => {
    await updateOrganizationSettings({ senderName: "Acme Privacy" }, admin);
    const logged = await logCase(
      {
        type: "ACCESS",
        regime: "UK_GDPR",
        channel: "EMAIL",
        receivedAt: new Date(Date.now() - 60_000).toISOString(),
        requester: { email: "denied-plain@example.com", name: "Pat Person" },
      },
      officer,
    );
    await denyCase(
      { caseId: logged.id, reason: "NO_DATA_FOUND", text: "We searched every system and found nothing about you." },
      officer,
    );
    await send();
    const denial = smtp.received.find((m) => /cannot/.test(m.subject ?? ""));
    expect(denial?.text).toContain("Information Commissioner's Office");
    expect(denial?.text).not.toContain("responsible for us");
    expect(denial?.text).not.toContain("send us a complaint");
  });
});

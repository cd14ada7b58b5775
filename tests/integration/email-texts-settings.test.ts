import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { translateErrors } from "@/lib/i18n/errors";
import { translatorFor } from "@/lib/i18n/translator";
import { settingsFixture, smtpFixture, testOutboxSettings } from "../support/settings-fixture";
import type { Actor } from "@/lib/auth/guards";
import { type MailTransport } from "@/lib/email/transport";
import { runOutboxOnce } from "@/lib/email/worker";
import { logCase } from "../support/log-case";
import { loadEmailTexts, textsOf } from "@/lib/server/settings/load-email-texts";
import { updateEmailTexts } from "@/lib/server/settings/update-email-texts";
import { type SmtpCapture } from "../support/smtp-capture";
import { refusal } from "../support/refusal";
import { createStaff } from "../support/staff";
import { type TestDatabase } from "../support/test-database";

const settings = testOutboxSettings();

const blank = { subject: "", intro: "", closing: "" };

describe("email texts set by administrators", () => {
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

  const auditCount = () => database.prisma.auditEvent.count({ where: { type: "settings.email_texts_updated" } });

  /** Logs a request (which queues its acknowledgement) and sends the outbox; returns what arrived for it. */
  async function acknowledgementFor(email: string, locale: "en" | "zh" = "en") {
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
    while ((await runOutboxOnce(database.prisma, transport, settings)).sent > 0);
    const mail = smtp.received.find((m) => JSON.stringify(m.to).includes(email));
    const found = await database.prisma.case.findUniqueOrThrow({ where: { id: logged.id } });
    return { mail: mail!, reference: found.reference, dueDate: found.dueDate };
  }

  it("is for administrators only, and a refusal writes nothing", async () => {
    for (const role of ["PRIVACY_OFFICER", "ANALYST", "AUDITOR"] as const) {
      const actor = await createStaff(database.prisma, { role });
      const error = await refusal(
        updateEmailTexts({ template: "requester-acknowledgement", en: { ...blank, subject: "Hello" } }, actor),
      );
      expect(error.code).toBe("FORBIDDEN");
    }
    expect(await database.prisma.emailTemplateText.count()).toBe(0);
    expect(await auditCount()).toBe(0);
  });

  it("refuses unknown placeholders, secret fields, multi-line subjects and unknown emails next to their field", async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [
        { template: "requester-acknowledgement", en: { ...blank, subject: "Your {ticket} is in" } },
        "en.subject",
        /Unknown placeholder \{ticket\}\. This email can use \{reference\}, \{dueDate\}\./,
      ],
      // The status link's token grants access: it is never offered as a placeholder.
      [
        { template: "requester-acknowledgement", zh: { ...blank, closing: "链接：{statusToken}" } },
        "zh.closing",
        /Unknown placeholder \{statusToken\}/,
      ],
      [{ template: "requester-expired", en: { ...blank, intro: "About {reference}" } }, "en.intro", /no placeholders/],
      [
        { template: "requester-acknowledgement", en: { ...blank, subject: "Line one\nline two" } },
        "en.subject",
        /one line/,
      ],
      [
        { template: "requester-acknowledgement", en: { ...blank, intro: "x".repeat(2001) } },
        "en.intro",
        /Use at most 2000 characters/,
      ],
      [{ template: "no-such-email", en: blank }, "template", /Choose an email/],
    ];
    for (const [input, field, message] of cases) {
      // Some are what only a tampered form posts (an email that does not exist).
      const error = await refusal(updateEmailTexts(input as Parameters<typeof updateEmailTexts>[0], admin));
      expect(error.code, field).toBe("VALIDATION");
      expect(Object.keys(error.fieldErrors ?? {}), field).toEqual([field]);
      // Field errors are keys with their arguments, worded at the edge: here in English.
      expect(translateErrors(translatorFor("en"), error.fieldErrors?.[field])?.join(" "), field).toMatch(message);
    }
    expect(await database.prisma.emailTemplateText.count()).toBe(0);
    expect(await auditCount()).toBe(0);
  });

  it("saves texts per language, audits each before and after, and an empty text goes back to the template's", async () => {
    const result = await updateEmailTexts(
      {
        template: "requester-acknowledgement",
        en: {
          subject: "Received: {reference}, answer by {dueDate}",
          intro: "Thank you for writing to us.",
          closing: "",
        },
        zh: { subject: "", intro: "", closing: "此致，隐私团队" },
      },
      admin,
    );
    expect(result.changed).toEqual(["en.subject", "en.intro", "zh.closing"]);
    const saved = textsOf(await loadEmailTexts(database.prisma), "requester-acknowledgement");
    expect(saved).toEqual({
      en: { subject: "Received: {reference}, answer by {dueDate}", intro: "Thank you for writing to us.", closing: "" },
      zh: { subject: "", intro: "", closing: "此致，隐私团队" },
    });
    const event = await database.prisma.auditEvent.findFirstOrThrow({
      where: { type: "settings.email_texts_updated" },
    });
    expect(event).toMatchObject({ actorKind: "STAFF", actorId: admin.id, caseId: null });
    expect(event.data).toEqual({
      template: "requester-acknowledgement",
      changes: {
        "en.subject": { from: null, to: "Received: {reference}, answer by {dueDate}" },
        "en.intro": { from: null, to: "Thank you for writing to us." },
        "zh.closing": { from: null, to: "此致，隐私团队" },
      },
    });

    // The same texts again: nothing to record.
    expect((await updateEmailTexts({ template: "requester-acknowledgement", ...saved }, admin)).changed).toEqual([]);

    // Emptying one text removes it.
    await updateEmailTexts(
      { template: "requester-acknowledgement", en: { ...saved.en, intro: "" }, zh: saved.zh },
      admin,
    );
    expect(await database.prisma.emailTemplateText.count({ where: { template: "requester-acknowledgement" } })).toBe(2);
    const emptied = await database.prisma.auditEvent.findFirstOrThrow({
      where: { type: "settings.email_texts_updated" },
      orderBy: { id: "desc" },
    });
    expect(emptied.data).toMatchObject({ changes: { "en.intro": { from: "Thank you for writing to us.", to: null } } });
    expect(await auditCount()).toBe(2);
  });

  it("changes the email the worker sends: the subject with its placeholders filled, paragraphs escaped in HTML", async () => {
    await updateEmailTexts(
      {
        template: "requester-acknowledgement",
        en: {
          subject: "Received: {reference}, answer by {dueDate}",
          intro: "Thank you, <Pat> & co.",
          closing: "Kind regards, the privacy team of {reference}",
        },
        zh: { subject: "已收到 {reference}", intro: "", closing: "" },
      },
      admin,
    );
    const { mail, reference, dueDate } = await acknowledgementFor("english@example.com");
    expect(mail.subject).toBe(`Received: ${reference}, answer by ${dueDate}`);
    const text = mail.text ?? "";
    expect(text.startsWith("Thank you, <Pat> & co.\n\nWe received your request")).toBe(true);
    // The closing paragraph comes last, before the footer.
    expect(text).toMatch(
      new RegExp(`do not share it\\): \\S+\\n\\nKind regards, the privacy team of ${reference}\\s+--`),
    );
    expect(mail.html).toContain("<p>Thank you, &lt;Pat&gt; &amp; co.</p>");
    expect(mail.html).not.toContain("<Pat>");

    // A Chinese requester gets the Chinese texts, and no English ones.
    const zh = await acknowledgementFor("chinese@example.com", "zh");
    expect(zh.mail.subject).toBe(`已收到 ${zh.reference}`);
    expect(zh.mail.text).not.toContain("Thank you");
  });

  it("applies at send time: an email already queued goes out with the texts saved since", async () => {
    await updateEmailTexts({ template: "requester-acknowledgement", en: blank, zh: blank }, admin);
    await logCase(
      {
        type: "ACCESS",
        regime: "EU_GDPR",
        channel: "EMAIL",
        receivedAt: new Date(Date.now() - 60_000).toISOString(),
        requester: { email: "queued@example.com", name: "Q" },
      },
      officer,
    );
    await updateEmailTexts(
      { template: "requester-acknowledgement", en: { ...blank, subject: "Saved after queueing" } },
      admin,
    );
    while ((await runOutboxOnce(database.prisma, transport, settings)).sent > 0);
    expect(smtp.received.find((m) => JSON.stringify(m.to).includes("queued@example.com"))?.subject).toBe(
      "Saved after queueing",
    );
    await updateEmailTexts({ template: "requester-acknowledgement", en: blank }, admin);
  });
});

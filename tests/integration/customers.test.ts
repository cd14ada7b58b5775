import { randomBytes } from "node:crypto";
import { fieldError } from "@/lib/i18n/errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as suggest } from "@/app/api/v1/customers/suggest/route";
import type { Actor } from "@/lib/auth/guards";
import { env } from "@/lib/config/env";
import { AppError } from "@/lib/errors/app-error";
import { logCase } from "../support/log-case";
import { confirmCaseCustomer } from "@/lib/server/customers/confirm-case-customer";
import { createCustomer } from "@/lib/server/customers/create-customer";
import { createCustomerForCase } from "@/lib/server/customers/create-customer-for-case";
import { getCustomer } from "@/lib/server/customers/get-customer";
import { importCustomers } from "@/lib/server/customers/import-customers";
import { listCustomers } from "@/lib/server/customers/list-customers";
import { matchCaseCustomer } from "@/lib/server/customers/match-case-customer";
import { updateCustomer } from "@/lib/server/customers/update-customer";
import { ensureDeadlinePolicies } from "@/lib/server/deadlines/policy-store";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { fromClient } from "../support/client";
import { said, saidFields } from "../support/said";

const HOUR = 3_600_000;
const HEADER = "name,aliases,contact_emails,agreement_reference,active,notes";

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const csv = (...lines: string[]) => ({
  file: { name: "customers.csv", bytes: new TextEncoder().encode(lines.join("\r\n")) },
});

let suffix = 0;
/** A company name no other test uses (the registry is shared by the whole file). */
const uniqueName = (base: string) => `${base} ${String.fromCharCode(65 + (suffix % 26))}${++suffix}x`;

// One database for the whole file, and the blocks build on each other in order: "creating and editing"
// registers Acme Cloud Limited, "CSV import" adds an inactive Umbrella Health, and the blocks after them
// count on those. Blocks: creating and editing, searching and the customer page, CSV import, public
// suggestions (the API route), confirming a case's customer. A test of its own takes a uniqueName().
describe("cloud-customer registry", () => {
  let database: TestDatabase;
  let admin: Actor;
  let officer: Actor;
  let analyst: Actor;
  let auditor: Actor;

  /** Everything a refused call must leave as it was. */
  async function snapshot() {
    const p = database.prisma;
    return {
      customers: await p.cloudCustomer.findMany({ orderBy: { id: "asc" } }),
      contacts: await p.customerContact.findMany({ orderBy: { id: "asc" } }),
      cases: await p.case.findMany({ orderBy: { id: "asc" }, select: { id: true, customerId: true, version: true } }),
      audit: await p.auditEvent.count(),
    };
  }

  async function newCase(customerNameGiven: string | null, assigneeId: string | null = null) {
    const logged = await logCase(
      {
        type: "ACCESS",
        regime: "EU_GDPR",
        channel: "EMAIL",
        receivedAt: new Date(Date.now() - 60_000).toISOString(),
        requester: { email: `person-${randomBytes(4).toString("hex")}@example.com`, name: "Pat Person" },
      },
      officer,
    );
    return database.prisma.case.update({
      where: { id: logged.id },
      data: { customerNameGiven, assigneeId },
      select: { id: true, version: true, reference: true },
    });
  }

  async function routing(caseId: string, customerId: string, sentAt: Date, acknowledgedAt: Date | null) {
    await database.prisma.customerRouting.create({
      data: {
        caseId,
        customerId,
        contactEmails: ["privacy@example.com"],
        tokenHash: randomBytes(32).toString("hex"),
        expiresAt: new Date(sentAt.getTime() + 30 * 24 * HOUR),
        sentAt,
        acknowledgedAt,
        state: acknowledgedAt ? "ACKNOWLEDGED" : "SENT",
      },
    });
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    await ensureDeadlinePolicies(database.prisma);
    admin = await createStaff(database.prisma, { role: "ADMIN" });
    officer = await createStaff(database.prisma, { role: "PRIVACY_OFFICER" });
    analyst = await createStaff(database.prisma, { role: "ANALYST" });
    auditor = await createStaff(database.prisma, { role: "AUDITOR" });
  });
  afterAll(() => database.drop());

  describe("creating and editing", () => {
    it("registers a customer, audited with ids and counts only", async () => {
      const { customerId } = await createCustomer(
        {
          name: "  Acme Cloud Limited ",
          aliases: "阿克米云计算\nAcmeCloud\n\nAcmeCloud",
          contactEmails: "Privacy@Acme.example, dpo@acme.example",
          agreementReference: "MSA-2024-017",
          active: "on",
          notes: "",
        },
        officer,
      );
      const saved = await database.prisma.cloudCustomer.findUniqueOrThrow({ where: { id: customerId } });
      expect(saved).toMatchObject({
        name: "Acme Cloud Limited",
        aliases: ["阿克米云计算", "AcmeCloud"],
        contactEmails: ["privacy@acme.example", "dpo@acme.example"],
        agreementReference: "MSA-2024-017",
        active: true,
        notes: null,
      });
      // Each listed address is a contact with its own id, which routings and audit events name.
      const contacts = await database.prisma.customerContact.findMany({
        where: { customerId },
        orderBy: { position: "asc" },
      });
      expect(contacts.map((c) => c.email)).toEqual(["privacy@acme.example", "dpo@acme.example"]);
      const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { type: "customer.created" } });
      expect(event).toMatchObject({ actorKind: "STAFF", actorId: officer.id });
      expect(event.data).toEqual({
        customerId,
        aliases: 2,
        contacts: 2,
        contactIds: contacts.map((c) => c.id),
        active: true,
        locale: "en",
      });
      expect(JSON.stringify(event.data)).not.toMatch(/acme/i);
    });

    it("keeps the language of the emails to the contacts, audits its change by code, and refuses any other", async () => {
      const name = uniqueName("Tencent Hosting");
      const { customerId } = await createCustomer({ name, contactEmails: "privacy@th.example", locale: "zh" }, officer);
      const saved = await database.prisma.cloudCustomer.findUniqueOrThrow({ where: { id: customerId } });
      expect(saved.locale).toBe("zh");
      const created = await database.prisma.auditEvent.findFirstOrThrow({
        where: { type: "customer.created", data: { path: ["customerId"], equals: customerId } },
      });
      expect(created.data).toMatchObject({ locale: "zh" });

      const before = await snapshot();
      for (const locale of ["fr", "Chinese", "zh-CN"]) {
        const refused = await failure(
          updateCustomer({ customerId, name, contactEmails: "privacy@th.example", locale }, officer),
        );
        expect(refused.code).toBe("VALIDATION");
        expect(refused.fieldErrors).toEqual({ locale: ["choose_en_or_zh"] });
        const added = await failure(
          createCustomer({ name: uniqueName("Baidu Hosting"), contactEmails: "p@bh.example", locale }, officer),
        );
        expect(added.fieldErrors).toEqual({ locale: ["choose_en_or_zh"] });
      }
      expect(await snapshot()).toEqual(before);

      const back = await updateCustomer(
        {
          customerId,
          expectedUpdatedAt: saved.updatedAt.toISOString(),
          name,
          contactEmails: "privacy@th.example",
          locale: "en",
        },
        officer,
      );
      expect(back.changed).toEqual(["locale"]);
      expect((await database.prisma.cloudCustomer.findUniqueOrThrow({ where: { id: customerId } })).locale).toBe("en");
      const again = await updateCustomer(
        { customerId, name, contactEmails: "privacy@th.example", locale: "zh" },
        admin,
      );
      expect(again.changed).toEqual(["locale"]);
      const events = await database.prisma.auditEvent.findMany({
        where: { type: "customer.updated", data: { path: ["customerId"], equals: customerId } },
        orderBy: { id: "asc" },
      });
      expect(events.map((e) => e.data)).toEqual([
        {
          customerId,
          changed: ["locale"],
          changes: { locale: { from: "zh", to: "en" } },
          contactsAdded: [],
          contactsRemoved: [],
        },
        {
          customerId,
          changed: ["locale"],
          changes: { locale: { from: "en", to: "zh" } },
          contactsAdded: [],
          contactsRemoved: [],
        },
      ]);
    });

    it("refuses a name already registered under another spelling, next to the name field", async () => {
      const before = await snapshot();
      for (const name of ["ACME cloud ltd.", "Acme Cloud, Inc.", "ＡＣＭＥ　Ｃｌｏｕｄ"]) {
        const error = await failure(createCustomer({ name, contactEmails: "x@example.com" }, admin));
        expect(error.code).toBe("CONFLICT");
        expect(error.fieldErrors?.name).toEqual(["name_already_registered"]);
      }
      expect(await snapshot()).toEqual(before);
    });

    it("refuses bad input with field errors and writes nothing", async () => {
      const before = await snapshot();
      const error = await failure(
        createCustomer({ name: "", contactEmails: "dpo@example.com\nnot an address" }, admin),
      );
      expect(error.code).toBe("VALIDATION");
      expect(error.fieldErrors).toMatchObject({
        name: ["enter_customer_name"],
        // Each wrong address named ("not an address" reads as three).
        contactEmails: ["not", "an", "address"].map((address) => fieldError("contact_email_invalid", { address })),
      });
      const none = await failure(createCustomer({ name: "Nobody Ltd", contactEmails: "" }, admin));
      expect(none.fieldErrors?.contactEmails).toEqual(["enter_contact_email"]);
      expect(await snapshot()).toEqual(before);
    });

    it("refuses analysts and auditors any change to the registry", async () => {
      const existing = await database.prisma.cloudCustomer.findFirstOrThrow();
      const before = await snapshot();
      for (const actor of [analyst, auditor]) {
        expect(
          (await failure(createCustomer({ name: "Analyst Co", contactEmails: "a@example.com" }, actor))).code,
        ).toBe("FORBIDDEN");
        const edit = updateCustomer(
          { customerId: existing.id, name: "Renamed", contactEmails: "a@example.com" },
          actor,
        );
        expect((await failure(edit)).code).toBe("FORBIDDEN");
        expect((await failure(importCustomers(csv(HEADER, "Analyst Co,,a@example.com,,,"), actor))).code).toBe(
          "FORBIDDEN",
        );
      }
      expect(await snapshot()).toEqual(before);
    });

    it("edits a customer, auditing which fields changed, and refuses a stale edit or another's name", async () => {
      const { customerId } = await createCustomer(
        { name: "Globex Corporation", contactEmails: "privacy@globex.example", active: "on" },
        admin,
      );
      const loaded = await database.prisma.cloudCustomer.findUniqueOrThrow({ where: { id: customerId } });
      const result = await updateCustomer(
        {
          customerId,
          expectedUpdatedAt: loaded.updatedAt.toISOString(),
          name: "Globex Corporation",
          aliases: "Globex",
          contactEmails: "privacy@globex.example\nlegal@globex.example",
          active: "",
        },
        officer,
      );
      expect(result.changed).toEqual(["aliases", "contactEmails", "active"]);
      const event = await database.prisma.auditEvent.findFirstOrThrow({
        where: { type: "customer.updated" },
        orderBy: { createdAt: "desc" },
      });
      const legal = await database.prisma.customerContact.findUniqueOrThrow({
        where: { customerId_email: { customerId, email: "legal@globex.example" } },
      });
      expect(event.data).toEqual({
        customerId,
        changed: ["aliases", "contactEmails", "active"],
        contactsAdded: [legal.id],
        contactsRemoved: [],
      });

      const before = await snapshot();
      const stale = await failure(
        updateCustomer(
          {
            customerId,
            expectedUpdatedAt: loaded.updatedAt.toISOString(),
            name: "Globex",
            contactEmails: "a@globex.example",
          },
          officer,
        ),
      );
      expect(stale.code).toBe("CONFLICT");
      const taken = await failure(
        updateCustomer({ customerId, name: "acme cloud", contactEmails: "a@globex.example" }, officer),
      );
      expect(taken.fieldErrors?.name).toEqual(["name_already_registered"]);
      expect(await snapshot()).toEqual(before);
      expect(
        (
          await updateCustomer(
            {
              customerId,
              name: "Globex Corporation",
              aliases: "Globex",
              contactEmails: "privacy@globex.example\nlegal@globex.example",
            },
            officer,
          )
        ).changed,
      ).toEqual([]);
    });

    it("lets only one of two people adding the same company at once succeed", async () => {
      const name = uniqueName("Concurrent Cloud");
      const results = await Promise.allSettled([
        createCustomer({ name: `${name} Ltd`, contactEmails: "a@example.com" }, admin),
        createCustomer({ name: `${name.toUpperCase()} Limited`, contactEmails: "b@example.com" }, officer),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const rejected = results.find((r) => r.status === "rejected");
      expect((rejected?.reason as AppError).code).toBe("CONFLICT");
    });
  });

  describe("searching and the customer page", () => {
    it("finds customers by a differently written name, an alias or a contact, and filters on the active flag", async () => {
      const names = async (q: string, active: "all" | "active" | "inactive" = "all", actor = auditor) =>
        (await listCustomers({ q, active }, actor)).rows.map((r) => r.name);
      expect(await names("acme cloud ltd")).toEqual(["Acme Cloud Limited"]);
      expect(await names("阿克米")).toEqual(["Acme Cloud Limited"]);
      expect(await names("legal@globex")).toEqual(["Globex Corporation"]);
      expect(await names("Globex", "active", analyst)).toEqual([]);
      expect(await names("Globex", "inactive", analyst)).toEqual(["Globex Corporation"]);
      expect(await names("wayne enterprises")).toEqual([]);
      const all = await listCustomers({ q: "", active: "all" }, auditor);
      expect(all.rows.map((r) => r.name)).toContain("Acme Cloud Limited");
    });

    it("lists a customer's routed cases with their timings and its median time to acknowledge", async () => {
      const { customerId } = await createCustomer(
        { name: uniqueName("Median Hosting"), contactEmails: "p@example.com" },
        admin,
      );
      const sent = new Date("2026-03-02T09:00:00Z");
      const own = await newCase("Median Hosting", analyst.id);
      const other = await newCase("Median Hosting", officer.id);
      const third = await newCase("Median Hosting");
      await routing(own.id, customerId, sent, new Date(sent.getTime() + 2 * HOUR));
      await routing(other.id, customerId, new Date(sent.getTime() + HOUR), new Date(sent.getTime() + 11 * HOUR));
      await routing(third.id, customerId, new Date(sent.getTime() + 2 * HOUR), null);

      const detail = await getCustomer(customerId, officer);
      expect(detail.medianAcknowledgeMs).toBe(6 * HOUR);
      expect(detail.acknowledgedCount).toBe(2);
      expect(detail.routings.map((r) => [r.reference, r.state, r.timeToAcknowledgeMs])).toEqual([
        [third.reference, "SENT", null],
        [other.reference, "ACKNOWLEDGED", 10 * HOUR],
        [own.reference, "ACKNOWLEDGED", 2 * HOUR],
      ]);
      // Analysts see the routings of the cases they may open; the median counts every routing.
      const seenByAnalyst = await getCustomer(customerId, analyst);
      expect(seenByAnalyst.routings.map((r) => r.reference)).toEqual([third.reference, own.reference]);
      expect(seenByAnalyst.hiddenRoutings).toBe(1);
      expect(seenByAnalyst.medianAcknowledgeMs).toBe(6 * HOUR);
      const row = (await listCustomers({ q: "Median Hosting", active: "all" }, auditor)).rows[0];
      expect(row).toMatchObject({ routings: 3, medianAcknowledgeMs: 6 * HOUR });
      expect((await failure(getCustomer("00000000-0000-4000-8000-000000000000", officer))).code).toBe("NOT_FOUND");
    });
  });

  describe("CSV import", () => {
    it("imports nothing when a row is rejected, and reports each with its line and reasons", async () => {
      const before = await snapshot();
      const report = await importCustomers(
        csv(
          HEADER,
          "Initech GmbH,Initech Software,privacy@initech.example,MSA-1,true,",
          "Umbrella Health,伞健康,not-an-address,,,",
          "Acme Cloud Co. Ltd.,,privacy@acme.example,,,",
          "initech,,other@initech.example,,,",
          "Soylent Corp,,privacy@soylent.example,,maybe,",
        ),
        officer,
      );
      expect(report).toEqual({
        rows: 5,
        imported: 0,
        rejected: [
          {
            line: 3,
            name: "Umbrella Health",
            reasons: [`contact_emails: ${fieldError("contact_email_invalid", { address: "not-an-address" })}`],
          },
          { line: 4, name: "Acme Cloud Co. Ltd.", reasons: ["name: name_already_registered"] },
          { line: 5, name: "initech", reasons: ["name: same_customer_as_line:2"] },
          { line: 6, name: "Soylent Corp", reasons: ["active: true_or_false"] },
        ],
      });
      expect(await snapshot()).toEqual(before);
    });

    it("refuses a file it cannot read as a whole, next to the file field", async () => {
      const before = await snapshot();
      const cases: [Parameters<typeof importCustomers>[0], string][] = [
        [csv("name,emails", "Acme,a@example.com"), "The first line must name the columns"],
        [
          { file: { name: "logo.png", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]) } },
          "not a CSV text file",
        ],
        [{ file: { name: "big.csv", bytes: new Uint8Array(2 * 1024 * 1024 + 1).fill(0x61) } }, "larger than 2 MB"],
        [csv(HEADER, ...Array.from({ length: 5001 }, (_, i) => `Bulk ${i},,b${i}@example.com,,,`)), "at most 5000"],
        [{ file: null }, "Choose a CSV file"],
      ];
      for (const [input, message] of cases) {
        const error = await failure(importCustomers(input, admin));
        expect(error.code).toBe("VALIDATION");
        expect(saidFields(error.fieldErrors?.file)[0]).toContain(message);
      }
      expect(await snapshot()).toEqual(before);
    });

    it("imports every row of a clean file in one go, audited once", async () => {
      const report = await importCustomers(
        csv(
          HEADER,
          "Initech GmbH,Initech Software,privacy@initech.example,MSA-1,true,",
          'Umbrella Health (China) Co. Ltd.,伞健康科技股份有限公司,privacy@umbrella.example;dpo@umbrella.example,,false,"Notes, with a comma"',
          "",
        ),
        officer,
      );
      expect(report).toEqual({ rows: 2, imported: 2, rejected: [] });
      const umbrella = await database.prisma.cloudCustomer.findFirstOrThrow({
        where: { name: { startsWith: "Umbrella" } },
      });
      expect(umbrella).toMatchObject({
        locale: "en",
        aliases: ["伞健康科技股份有限公司"],
        contactEmails: ["privacy@umbrella.example", "dpo@umbrella.example"],
        active: false,
        notes: "Notes, with a comma",
      });
      const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { type: "customers.imported" } });
      expect(event.data).toMatchObject({ count: 2 });
      expect((event.data as { customerIds: string[] }).customerIds).toContain(umbrella.id);
      const contacts = await database.prisma.customerContact.findMany({
        where: { customerId: umbrella.id },
        orderBy: { position: "asc" },
      });
      expect(contacts.map((c) => c.email)).toEqual(["privacy@umbrella.example", "dpo@umbrella.example"]);
    });

    it("takes en or zh in any case (empty is en), and refuses any other value by its line, importing nothing", async () => {
      const [english, chinese, unsaid] = [uniqueName("Lang One"), uniqueName("Lang Two"), uniqueName("Lang Three")];
      const header = `${HEADER},language`;
      const before = await snapshot();
      const refused = await importCustomers(
        csv(
          header,
          `${english},,a@lang.example,,,,en`,
          `${chinese},,b@lang.example,,,,ZH`,
          `${unsaid},,c@lang.example,,,,french`,
        ),
        officer,
      );
      expect(refused).toEqual({
        rows: 3,
        imported: 0,
        rejected: [{ line: 4, name: unsaid, reasons: ["language: choose_en_or_zh"] }],
      });
      expect(await snapshot()).toEqual(before);

      const report = await importCustomers(
        csv(
          header,
          `${english},,a@lang.example,,,,en`,
          `${chinese},,b@lang.example,,,, ZH `,
          `${unsaid},,c@lang.example,,,,`,
        ),
        officer,
      );
      expect(report).toEqual({ rows: 3, imported: 3, rejected: [] });
      const saved = await database.prisma.cloudCustomer.findMany({
        where: { name: { in: [english, chinese, unsaid] } },
        select: { name: true, locale: true },
      });
      expect(Object.fromEntries(saved.map((c) => [c.name, c.locale]))).toEqual({
        [english]: "en",
        [chinese]: "zh",
        [unsaid]: "en",
      });
    });
  });

  describe("public suggestions", () => {
    let ip = 0;
    const ask = (q: string, address = `198.51.100.${++ip}`) =>
      suggest(
        new Request(`http://localhost/api/v1/customers/suggest?q=${encodeURIComponent(q)}`, {
          headers: fromClient(address),
        }),
      );

    it("returns at most five active customers' names, matched on names and aliases, and nothing else", async () => {
      const response = await ask("阿克米云计算有限公司");
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toEqual({ suggestions: ["Acme Cloud Limited"] });
      expect(await (await ask("acme clowd")).json()).toEqual({ suggestions: ["Acme Cloud Limited"] });
      // Inactive customers (Umbrella, imported inactive) are never offered.
      expect(await (await ask("Umbrella Health")).json()).toEqual({ suggestions: [] });
      for (let i = 0; i < 7; i++)
        await createCustomer({ name: `Many Clouds ${i}00`, contactEmails: `m${i}@example.com`, active: "on" }, admin);
      const many = (await (await ask("Many Clouds")).json()) as { suggestions: string[] };
      expect(many.suggestions).toHaveLength(5);
      expect(JSON.stringify(many)).not.toContain("@");
    });

    it("needs at least 2 characters", async () => {
      const response = await ask(" a ");
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        error: { code: "VALIDATION", fieldErrors: { q: ["type_two_characters"] } },
      });
    });

    it("answers 429 with Retry-After once an address has asked too often", async () => {
      const address = "203.0.113.77";
      // The limit counts in fixed minutes: start well inside one, so every ask falls in the same window.
      const msLeftInMinute = 60_000 - (Date.now() % 60_000);
      if (msLeftInMinute < 15_000) await new Promise((resolve) => setTimeout(resolve, msLeftInMinute + 50));
      for (let i = 0; i < env().CUSTOMER_SUGGESTIONS_PER_IP_MINUTE; i++)
        expect((await ask("acme", address)).status).toBe(200);
      const refused = await ask("acme", address);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await ask("acme", "203.0.113.78")).status).toBe(200);
    });
  });

  describe("confirming a case's customer", () => {
    it("offers the best matches for what the requester typed and confirms one, audited", async () => {
      const found = await newCase("ACME cloud ltd.");
      const match = await matchCaseCustomer(found.id, analyst);
      expect(match.customerNameGiven).toBe("ACME cloud ltd.");
      expect(match.confirmed).toBeNull();
      expect(match.matches[0]).toMatchObject({ name: "Acme Cloud Limited", score: 1 });

      const acme = match.matches[0]!;
      const result = await confirmCaseCustomer(
        { caseId: found.id, expectedVersion: found.version, customerId: acme.id },
        analyst,
      );
      expect(result).toMatchObject({ changed: true, version: found.version + 1 });
      expect((await matchCaseCustomer(found.id, auditor)).confirmed).toMatchObject({
        id: acme.id,
        name: "Acme Cloud Limited",
      });
      const event = await database.prisma.auditEvent.findFirstOrThrow({
        where: { type: "case.customer-confirmed", caseId: found.id },
      });
      expect(event).toMatchObject({ actorId: analyst.id });
      expect(event.data).toEqual({ customerId: acme.id, previousCustomerId: null });

      // A stale page, an auditor and an analyst on someone else's case are refused; nothing changes.
      const before = await snapshot();
      expect(
        (
          await failure(
            confirmCaseCustomer({ caseId: found.id, expectedVersion: found.version, customerId: "" }, officer),
          )
        ).code,
      ).toBe("CONFLICT");
      expect((await failure(confirmCaseCustomer({ caseId: found.id, customerId: "" }, auditor))).code).toBe(
        "FORBIDDEN",
      );
      const others = await newCase("Acme", officer.id);
      const afterNewCase = await snapshot();
      expect((await failure(confirmCaseCustomer({ caseId: others.id, customerId: acme.id }, analyst))).code).toBe(
        "FORBIDDEN",
      );
      expect(await snapshot()).toEqual(afterNewCase);
      expect(before.customers).toEqual(afterNewCase.customers);

      // Cleared again by an officer.
      await confirmCaseCustomer({ caseId: found.id, customerId: "" }, officer);
      expect((await database.prisma.case.findUniqueOrThrow({ where: { id: found.id } })).customerId).toBeNull();
      expect(
        await database.prisma.auditEvent.count({ where: { type: "case.customer-cleared", caseId: found.id } }),
      ).toBe(1);
    });

    it("refuses an inactive customer, and any change while the request is with a customer", async () => {
      const umbrella = await database.prisma.cloudCustomer.findFirstOrThrow({
        where: { name: { startsWith: "Umbrella" } },
      });
      const acme = await database.prisma.cloudCustomer.findFirstOrThrow({ where: { name: "Acme Cloud Limited" } });
      const found = await newCase("Umbrella");
      expect(
        said(await failure(confirmCaseCustomer({ caseId: found.id, customerId: umbrella.id }, officer))),
      ).toContain("inactive");
      await confirmCaseCustomer({ caseId: found.id, customerId: acme.id }, officer);
      await database.prisma.case.update({ where: { id: found.id }, data: { routingState: "SENT" } });
      const error = await failure(confirmCaseCustomer({ caseId: found.id, customerId: "" }, officer));
      expect(error.code).toBe("CONFLICT");
      expect(said(error)).toContain("revoke");
    });

    it("creates the customer from the case and confirms it in one go; analysts may not", async () => {
      const found = await newCase("Hooli XYZ 有限公司");
      const before = await snapshot();
      expect(
        (
          await failure(
            createCustomerForCase({ caseId: found.id, name: "Hooli XYZ", contactEmails: "p@hooli.example" }, analyst),
          )
        ).code,
      ).toBe("FORBIDDEN");
      const duplicate = await failure(
        createCustomerForCase({ caseId: found.id, name: "Acme Cloud", contactEmails: "p@hooli.example" }, officer),
      );
      expect(duplicate.fieldErrors?.name).toBeDefined();
      expect(await snapshot()).toEqual(before);

      const { customerId } = await createCustomerForCase(
        {
          caseId: found.id,
          name: "Hooli XYZ",
          aliases: "Hooli XYZ 有限公司",
          contactEmails: "p@hooli.example",
          active: "on",
        },
        officer,
      );
      const updated = await database.prisma.case.findUniqueOrThrow({ where: { id: found.id } });
      expect(updated.customerId).toBe(customerId);
      expect(updated.version).toBe(found.version + 1);
      const types = (
        await database.prisma.auditEvent.findMany({ where: { createdAt: { gte: new Date(Date.now() - 60_000) } } })
      ).map((e) => e.type);
      expect(types).toEqual(expect.arrayContaining(["customer.created", "case.customer-confirmed"]));
    });
  });
});

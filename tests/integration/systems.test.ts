import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/guards";
import { encryptionKeyFrom } from "@/lib/crypto/field-encryption";
import { fieldKeys, reloadFieldKeys } from "@/lib/crypto/field-keys";
import { AppError } from "@/lib/errors/app-error";
import { fieldError } from "@/lib/i18n/errors";
import { rotateEncryptionKeys } from "@/lib/server/keys/rotate-encryption-keys";
import { createSystem } from "@/lib/server/systems/create-system";
import { getSystem } from "@/lib/server/systems/get-system";
import { importSystems } from "@/lib/server/systems/import-systems";
import { listSystems } from "@/lib/server/systems/list-systems";
import { rotateSystemSecret } from "@/lib/server/systems/rotate-system-secret";
import { activeSigningSecrets, systemForApiToken } from "@/lib/server/systems/system-secrets";
import { updateSystem } from "@/lib/server/systems/update-system";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const HOUR = 3_600_000;
const HEADER = "name,description,owner_emails,data_categories,request_types,regimes,reach,webhook_url,active";

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const csv = (...lines: string[]) => ({
  file: { name: "systems.csv", bytes: new TextEncoder().encode(lines.join("\r\n")) },
});

let suffix = 0;
/** A system name no other test uses (the registry is shared by the whole file). */
const uniqueName = (base: string) => `${base} ${++suffix}`;

// One database for the whole file; each test registers systems under names of its own.
describe("the systems registry", () => {
  let database: TestDatabase;
  let admin: Actor;
  let officer: Actor;
  let analyst: Actor;
  let auditor: Actor;
  let disabledStaff: Actor;

  /** Everything a refused call must leave as it was. */
  async function snapshot() {
    const p = database.prisma;
    return {
      systems: await p.dataSystem.findMany({ orderBy: { id: "asc" } }),
      secrets: await p.systemSecret.findMany({ orderBy: { id: "asc" } }),
      audit: await p.auditEvent.count(),
    };
  }

  const webhookSystem = (name: string, more: Record<string, unknown> = {}) =>
    createSystem(
      {
        name,
        requestTypes: ["DELETION", "OBJECTION"],
        reach: "WEBHOOK",
        webhookUrl: "https://crm.example.com/hooks/rightsdesk",
        active: "on",
        ...more,
      },
      officer,
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    admin = await createStaff(database.prisma, { role: "ADMIN" });
    officer = await createStaff(database.prisma, { role: "PRIVACY_OFFICER" });
    analyst = await createStaff(database.prisma, { role: "ANALYST" });
    auditor = await createStaff(database.prisma, { role: "AUDITOR" });
    disabledStaff = await createStaff(database.prisma, { role: "ANALYST", disabled: true });
  });
  afterAll(() => database.drop());

  describe("registering and editing", () => {
    it("registers a manual system with staff and outside owners, audited with ids, codes and counts only", async () => {
      const { systemId, secrets } = await createSystem(
        {
          name: "  Billing ledger ",
          description: "Invoices and payment history",
          ownerIds: [analyst.id],
          ownerEmails: "Ledger-Team@Partner.example\nledger-team@partner.example, ops@partner.example",
          dataCategories: "contact details\npayment history\n\ncontact details",
          requestTypes: ["access", "DELETION", "CORRECTION"],
          regimes: ["EU_GDPR", "CN_PIPL"],
          reach: "MANUAL",
          webhookUrl: "https://ignored.example.com/",
          locale: "zh",
          active: "on",
        },
        officer,
      );
      expect(secrets).toEqual([]);
      const saved = await database.prisma.dataSystem.findUniqueOrThrow({ where: { id: systemId } });
      expect(saved).toMatchObject({
        name: "Billing ledger",
        description: "Invoices and payment history",
        ownerIds: [analyst.id],
        ownerEmails: ["ledger-team@partner.example", "ops@partner.example"],
        dataCategories: ["contact details", "payment history"],
        requestTypes: ["ACCESS", "DELETION", "CORRECTION"],
        regimes: ["EU_GDPR", "CN_PIPL"],
        reach: "MANUAL",
        // A manual system has no webhook URL, whatever was typed.
        webhookUrl: null,
        locale: "zh",
        active: true,
      });
      expect(await database.prisma.systemSecret.count({ where: { systemId } })).toBe(0);
      const event = await database.prisma.auditEvent.findFirstOrThrow({
        where: { type: "system.created", data: { path: ["systemId"], equals: systemId } },
      });
      expect(event).toMatchObject({ actorKind: "STAFF", actorId: officer.id, caseId: null });
      expect(event.data).toEqual({
        systemId,
        reach: "MANUAL",
        active: true,
        locale: "zh",
        requestTypes: ["ACCESS", "DELETION", "CORRECTION"],
        regimes: ["EU_GDPR", "CN_PIPL"],
        ownerIds: [analyst.id],
        ownerEmails: 2,
        dataCategories: 2,
        secretIds: [],
      });
      expect(JSON.stringify(event.data)).not.toMatch(/partner\.example|ledger|payment/i);
    });

    it("gives a webhook system a whsec_ signing secret and an API token, shown once and kept only encrypted or hashed", async () => {
      const now = new Date();
      const { systemId, secrets } = await webhookSystem(uniqueName("Marketing platform"));
      const signing = secrets.find((s) => s.kind === "WEBHOOK_SIGNING")!;
      const token = secrets.find((s) => s.kind === "API_TOKEN")!;
      expect(secrets).toHaveLength(2);
      // Standard Webhooks: "whsec_" and the base64 of at least 24 random bytes.
      expect(signing.value).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
      expect(Buffer.from(signing.value.slice(6), "base64").length).toBeGreaterThanOrEqual(24);
      expect(token.value).toMatch(/^rdsk_[A-Za-z0-9_-]{43}$/);

      const rows = await database.prisma.systemSecret.findMany({ where: { systemId } });
      const stored = JSON.stringify(rows);
      expect(stored).not.toContain(signing.value.slice(6));
      expect(stored).not.toContain(token.value);
      expect(rows.map((r) => r.hint).sort()).toEqual(
        [`${signing.value.slice(0, 10)}…`, `${token.value.slice(0, 9)}…`].sort(),
      );

      // The worker gets the secret back to sign with, and a signature made with it verifies.
      const [secret] = await database.prisma.$transaction((tx) => activeSigningSecrets(tx, systemId, now));
      expect(secret).toBe(signing.value);
      const body = JSON.stringify({ type: "task.created" });
      const headers = {
        "webhook-id": "msg_test",
        "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
        "webhook-signature": new Webhook(secret!).sign("msg_test", now, body),
      };
      expect(new Webhook(signing.value).verify(body, headers)).toEqual({ type: "task.created" });

      // The result API finds the system by its token, and by nothing else.
      await database.prisma.$transaction(async (tx) => {
        expect(await systemForApiToken(tx, token.value, now)).toEqual({ id: systemId });
        expect(await systemForApiToken(tx, `${token.value.slice(0, -1)}x`, now)).toBeNull();
        expect(await systemForApiToken(tx, signing.value, now)).toBeNull();
        expect(await systemForApiToken(tx, "", now)).toBeNull();
      });
      const event = await database.prisma.auditEvent.findFirstOrThrow({
        where: { type: "system.created", data: { path: ["systemId"], equals: systemId } },
      });
      expect((event.data as { secretIds: string[] }).secretIds.sort()).toEqual([signing.id, token.id].sort());
      expect(JSON.stringify(event.data)).not.toContain(signing.value.slice(6, 20));
    });

    it("refuses bad input with field errors, next to each field, and writes nothing", async () => {
      const before = await snapshot();
      const bad = await failure(
        createSystem(
          {
            name: " ",
            ownerEmails: "owner@example.com\nnot-an-address",
            requestTypes: ["GUARDIAN_INQUIRY"],
            regimes: ["MARS"],
            reach: "MANUAL",
            locale: "fr",
          },
          officer,
        ),
      );
      expect(bad.code).toBe("VALIDATION");
      expect(bad.fieldErrors).toMatchObject({
        name: ["enter_system_name"],
        ownerEmails: [fieldError("owner_email_invalid", { address: "not-an-address" })],
        requestTypes: ["choose_task_request_types"],
        regimes: ["choose_regimes"],
        locale: ["choose_en_or_zh"],
      });
      const none = await failure(createSystem({ name: uniqueName("Nothing"), requestTypes: [] }, officer));
      expect(none.fieldErrors?.requestTypes).toEqual(["choose_request_type"]);
      // A manual system with nobody to do its tasks; a webhook system without a URL.
      const orphan = await failure(createSystem({ name: uniqueName("Orphan"), requestTypes: ["ACCESS"] }, officer));
      expect(orphan.fieldErrors).toEqual({ ownerEmails: ["manual_needs_owner"] });
      const noUrl = await failure(
        createSystem({ name: uniqueName("No URL"), requestTypes: ["ACCESS"], reach: "WEBHOOK" }, officer),
      );
      expect(noUrl.fieldErrors).toEqual({ webhookUrl: ["enter_webhook_url"] });
      for (const [webhookUrl, key] of [
        ["crm.example.com/hooks", "webhook_url_invalid"],
        ["ftp://crm.example.com/hooks", "webhook_url_invalid"],
        ["http://crm.example.com/hooks", "webhook_url_http_loopback"],
        ["https://user:secret@crm.example.com/hooks", "webhook_url_credentials"],
        ["https://crm.example.com/hooks#part", "webhook_url_fragment"],
      ] as const) {
        const refused = await failure(webhookSystem(uniqueName("Bad URL"), { webhookUrl }));
        expect(refused.fieldErrors).toEqual({ webhookUrl: [key] });
      }
      // Owners must be enabled staff accounts.
      for (const ownerIds of [[disabledStaff.id], ["00000000-0000-4000-8000-000000000000"]]) {
        const refused = await failure(
          createSystem({ name: uniqueName("Owned"), requestTypes: ["ACCESS"], ownerIds }, officer),
        );
        expect(refused.fieldErrors).toEqual({ ownerIds: ["unknown_staff_owner"] });
      }
      expect(await snapshot()).toEqual(before);
    });

    it("refuses a name already registered under another case or spacing", async () => {
      const name = uniqueName("Customer Data Platform");
      await createSystem({ name, requestTypes: ["ACCESS"], ownerEmails: "cdp@example.com" }, officer);
      const before = await snapshot();
      for (const spelling of [name.toUpperCase(), ` ${name.replace(/ /g, "  ")} `]) {
        const refused = await failure(
          createSystem({ name: spelling, requestTypes: ["ACCESS"], ownerEmails: "x@example.com" }, admin),
        );
        expect(refused.code).toBe("CONFLICT");
        expect(refused.fieldErrors).toEqual({ name: ["system_name_taken"] });
      }
      expect(await snapshot()).toEqual(before);
    });

    it("registers one system when two officers add the same name at once; the other is told it exists", async () => {
      const name = uniqueName("Loyalty programme");
      const results = await Promise.allSettled(
        [officer, admin].map((actor) =>
          createSystem({ name, requestTypes: ["ACCESS"], ownerEmails: "loyalty@example.com" }, actor),
        ),
      );
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!.reason as AppError;
      expect(refused.fieldErrors).toEqual({ name: ["system_name_taken"] });
      expect(await database.prisma.dataSystem.count({ where: { name } })).toBe(1);
    });

    it("edits a system, audits the changed fields (coded ones with from and to), and refuses a stale form", async () => {
      const name = uniqueName("Support desk");
      const { systemId } = await createSystem(
        { name, requestTypes: ["ACCESS"], ownerEmails: "support@example.com", active: "on" },
        officer,
      );
      const loaded = await database.prisma.dataSystem.findUniqueOrThrow({ where: { id: systemId } });
      const form = {
        systemId,
        expectedUpdatedAt: loaded.updatedAt.toISOString(),
        name,
        ownerIds: [officer.id],
        ownerEmails: "support@example.com",
        dataCategories: "tickets",
        requestTypes: ["ACCESS", "DELETION"],
        regimes: "UK_GDPR",
        active: "",
      };
      const { changed, secrets } = await updateSystem(form, admin);
      expect(changed.sort()).toEqual(["active", "dataCategories", "ownerIds", "regimes", "requestTypes"]);
      expect(secrets).toEqual([]);
      const event = await database.prisma.auditEvent.findFirstOrThrow({
        where: { type: "system.updated", data: { path: ["systemId"], equals: systemId } },
      });
      expect(event.data).toMatchObject({
        systemId,
        changes: {
          active: { from: true, to: false },
          requestTypes: { from: ["ACCESS"], to: ["ACCESS", "DELETION"] },
          regimes: { from: [], to: ["UK_GDPR"] },
        },
        ownersAdded: [officer.id],
        ownersRemoved: [],
      });
      expect(JSON.stringify(event.data)).not.toContain("tickets");
      // The same form again: it was loaded before the change, so it is refused rather than overwriting it.
      const before = await snapshot();
      const stale = await failure(updateSystem({ ...form, dataCategories: "other" }, admin));
      expect(stale).toMatchObject({ code: "CONFLICT", key: "problems.systemChangedMeanwhile" });
      expect(await snapshot()).toEqual(before);
      const again = await updateSystem({ ...form, expectedUpdatedAt: undefined }, admin);
      expect(again.changed).toEqual([]);
      expect(await database.prisma.auditEvent.count()).toBe(before.audit);
    });

    it("keeps a staff owner whose account was disabled since, but refuses adding one", async () => {
      const owner = await createStaff(database.prisma, { role: "ANALYST" });
      const name = uniqueName("HR records");
      const { systemId } = await createSystem({ name, requestTypes: ["ACCESS"], ownerIds: [owner.id] }, officer);
      await database.prisma.user.update({ where: { id: owner.id }, data: { disabled: true } });
      const kept = await updateSystem(
        { systemId, name, requestTypes: ["ACCESS", "DELETION"], ownerIds: [owner.id] },
        officer,
      );
      expect(kept.changed).toEqual(["requestTypes"]);
      const refused = await failure(
        updateSystem({ systemId, name, requestTypes: ["ACCESS"], ownerIds: [owner.id, disabledStaff.id] }, officer),
      );
      expect(refused.fieldErrors).toEqual({ ownerIds: ["unknown_staff_owner"] });
    });

    it("gives a system switched to webhook the secrets it lacks, once", async () => {
      const name = uniqueName("Newsletter tool");
      const { systemId } = await createSystem(
        { name, requestTypes: ["OBJECTION"], ownerEmails: "news@example.com", active: "on" },
        officer,
      );
      const form = {
        systemId,
        name,
        requestTypes: ["OBJECTION"],
        reach: "WEBHOOK",
        webhookUrl: "https://news.example.com/hook",
        active: "on",
      };
      const switched = await updateSystem(form, officer);
      expect(switched.changed.sort()).toEqual(["ownerEmails", "reach", "webhookUrl"]);
      expect(switched.secrets.map((s) => s.kind).sort()).toEqual(["API_TOKEN", "WEBHOOK_SIGNING"]);
      const again = await updateSystem(form, officer);
      expect(again).toEqual({ changed: [], secrets: [] });
      expect(await database.prisma.systemSecret.count({ where: { systemId } })).toBe(2);
      // Back to manual: its token and signing secret stop working at once.
      const token = switched.secrets.find((s) => s.kind === "API_TOKEN")!.value;
      await updateSystem({ ...form, reach: "MANUAL", webhookUrl: "", ownerEmails: "news@example.com" }, officer);
      const later = new Date(Date.now() + 1000);
      expect(await database.prisma.$transaction((tx) => systemForApiToken(tx, token, later))).toBeNull();
      expect(await database.prisma.$transaction((tx) => activeSigningSecrets(tx, systemId, later))).toEqual([]);
    });

    it("refuses analysts and auditors any change to the registry", async () => {
      const { systemId } = await webhookSystem(uniqueName("Data warehouse"));
      const before = await snapshot();
      for (const actor of [analyst, auditor]) {
        const attempts = [
          createSystem({ name: "Analyst system", requestTypes: ["ACCESS"], ownerEmails: "a@example.com" }, actor),
          updateSystem({ systemId, name: "Renamed", requestTypes: ["ACCESS"], ownerEmails: "a@example.com" }, actor),
          importSystems(csv(HEADER, "X,,a@example.com,,ACCESS,,MANUAL,,"), actor),
          rotateSystemSecret({ systemId, kind: "API_TOKEN" }, actor),
        ];
        for (const attempt of attempts) expect((await failure(attempt)).code).toBe("FORBIDDEN");
      }
      expect(await snapshot()).toEqual(before);
      // Reading is for every staff role.
      expect((await getSystem(systemId, auditor)).system.id).toBe(systemId);
      expect((await listSystems({ q: "", active: "all" }, analyst)).rows.length).toBeGreaterThan(0);
    });
  });

  describe("rotating secrets", () => {
    it("makes a new signing secret, keeps the old one working for 24 hours, then only the new one", async () => {
      const { systemId, secrets } = await webhookSystem(uniqueName("Order service"), {});
      const first = secrets.find((s) => s.kind === "WEBHOOK_SIGNING")!.value;
      const rotatedAt = new Date(Date.now() + HOUR);
      const rotated = await rotateSystemSecret({ systemId, kind: "WEBHOOK_SIGNING" }, admin, rotatedAt);
      expect(rotated.secret.value).toMatch(/^whsec_/);
      expect(rotated.secret.value).not.toBe(first);
      expect(rotated.retiresAt).toEqual(new Date(rotatedAt.getTime() + 24 * HOUR));
      const during = (at: Date) => database.prisma.$transaction((tx) => activeSigningSecrets(tx, systemId, at));
      // During the overlap both sign (newest first), so a receiver with either secret verifies.
      expect(await during(new Date(rotatedAt.getTime() + 23 * HOUR))).toEqual([rotated.secret.value, first]);
      expect(await during(new Date(rotatedAt.getTime() + 25 * HOUR))).toEqual([rotated.secret.value]);

      const event = await database.prisma.auditEvent.findFirstOrThrow({
        where: { type: "system.secret_rotated", data: { path: ["systemId"], equals: systemId } },
      });
      expect(event.data).toEqual({
        systemId,
        kind: "WEBHOOK_SIGNING",
        secretId: rotated.secret.id,
        retiredIds: rotated.retiredIds,
        retiresAt: rotated.retiresAt.toISOString(),
        retiredAtOnce: false,
      });
      expect(JSON.stringify(event.data)).not.toContain(rotated.secret.value.slice(6, 20));
      // The page lists both, with hints and which still work.
      const detail = await getSystem(systemId, analyst, new Date(rotatedAt.getTime() + 25 * HOUR));
      const signing = detail.secrets.filter((s) => s.kind === "WEBHOOK_SIGNING");
      expect(signing.map((s) => [s.hint, s.working])).toEqual([
        [`${rotated.secret.value.slice(0, 10)}…`, true],
        [`${first.slice(0, 10)}…`, false],
      ]);
    });

    it("rotates the API token: the old token answers until it retires, the new one from now on", async () => {
      const { systemId, secrets } = await webhookSystem(uniqueName("Identity service"));
      const oldToken = secrets.find((s) => s.kind === "API_TOKEN")!.value;
      const now = new Date();
      const { secret } = await rotateSystemSecret({ systemId, kind: "API_TOKEN" }, officer, now);
      const lookup = (token: string, at: Date) =>
        database.prisma.$transaction((tx) => systemForApiToken(tx, token, at));
      expect(await lookup(oldToken, new Date(now.getTime() + HOUR))).toEqual({ id: systemId });
      expect(await lookup(secret.value, new Date(now.getTime() + HOUR))).toEqual({ id: systemId });
      expect(await lookup(oldToken, new Date(now.getTime() + 25 * HOUR))).toBeNull();
      expect(await lookup(secret.value, new Date(now.getTime() + 25 * HOUR))).toEqual({ id: systemId });
      // A second rotation during the overlap does not extend the first token's life.
      const retiring = await database.prisma.systemSecret.findFirstOrThrow({
        where: { systemId, kind: "API_TOKEN", retiresAt: { not: null } },
      });
      const second = await rotateSystemSecret({ systemId, kind: "API_TOKEN" }, officer, new Date(now.getTime() + HOUR));
      expect(second.retiredIds).toEqual([secret.id]);
      expect((await database.prisma.systemSecret.findUniqueOrThrow({ where: { id: retiring.id } })).retiresAt).toEqual(
        retiring.retiresAt,
      );
    });

    it("stops a leaked token and a leaked signing secret at once when asked, the new ones working alone", async () => {
      const { systemId, secrets } = await webhookSystem(uniqueName("Leaky service"));
      const oldToken = secrets.find((s) => s.kind === "API_TOKEN")!.value;
      const oldSecret = secrets.find((s) => s.kind === "WEBHOOK_SIGNING")!.value;
      const now = new Date();
      const token = await rotateSystemSecret({ systemId, kind: "API_TOKEN", retireNow: true }, officer, now);
      const signing = await rotateSystemSecret({ systemId, kind: "WEBHOOK_SIGNING", retireNow: true }, officer, now);
      expect(token.retiresAt).toEqual(now);
      const soon = new Date(now.getTime() + 1);
      const lookup = (value: string) => database.prisma.$transaction((tx) => systemForApiToken(tx, value, soon));
      expect(await lookup(oldToken)).toBeNull();
      expect(await lookup(token.secret.value)).toEqual({ id: systemId });
      expect(await database.prisma.$transaction((tx) => activeSigningSecrets(tx, systemId, soon))).toEqual([
        signing.secret.value,
      ]);
      expect(oldSecret).not.toBe(signing.secret.value);
      const events = await database.prisma.auditEvent.findMany({
        where: { type: "system.secret_rotated", data: { path: ["systemId"], equals: systemId } },
      });
      expect(events.map((e) => (e.data as { retiredAtOnce: boolean }).retiredAtOnce)).toEqual([true, true]);
    });

    it("refuses to rotate for a manual system, an unknown system or an unknown kind, changing nothing", async () => {
      const { systemId } = await createSystem(
        { name: uniqueName("Paper archive"), requestTypes: ["ACCESS"], ownerEmails: "archive@example.com" },
        officer,
      );
      const before = await snapshot();
      expect(await failure(rotateSystemSecret({ systemId, kind: "API_TOKEN" }, officer))).toMatchObject({
        code: "CONFLICT",
        key: "problems.systemNotWebhook",
      });
      const unknown = "00000000-0000-4000-8000-000000000000";
      expect((await failure(rotateSystemSecret({ systemId: unknown, kind: "API_TOKEN" }, officer))).code).toBe(
        "NOT_FOUND",
      );
      const badKind = await failure(rotateSystemSecret({ systemId, kind: "PASSWORD" as never }, officer));
      expect(badKind.fieldErrors).toEqual({ kind: ["choose_secret_kind"] });
      expect(await snapshot()).toEqual(before);
    });
  });

  describe("the list and the page", () => {
    it("searches by name, category or owner address and filters by the active flag", async () => {
      const tag = `zq${Date.now()}`;
      await createSystem(
        { name: `Ledger ${tag}`, requestTypes: ["ACCESS"], ownerEmails: "l@example.com", active: "on" },
        officer,
      );
      await createSystem(
        {
          name: uniqueName("Old CRM"),
          dataCategories: `purchase ${tag}`,
          requestTypes: ["ACCESS"],
          ownerEmails: `crm-${tag}@example.com`,
          active: "",
        },
        officer,
      );
      const names = async (q: string, active: "all" | "active" | "inactive" = "all") =>
        (await listSystems({ q, active }, auditor)).rows.map((r) => r.name);
      expect((await names(tag)).length).toBe(2);
      expect(await names(tag.toUpperCase(), "active")).toEqual([`Ledger ${tag}`]);
      expect((await names(tag, "inactive"))[0]).toMatch(/^Old CRM/);
      expect(await names(`crm-${tag}`)).toHaveLength(1);
      expect(await names(`nothing-${tag}`)).toEqual([]);
    });

    it("says no such system for an unknown or malformed id", async () => {
      for (const id of ["00000000-0000-4000-8000-000000000000", "not-an-id"]) {
        expect((await failure(getSystem(id, officer))).code).toBe("NOT_FOUND");
      }
    });
  });

  describe("CSV import", () => {
    it("imports every row in one go, webhook systems with their secrets shown once, staff owners by address", async () => {
      const a = uniqueName("Imported CRM");
      const b = uniqueName("Imported hooks");
      const report = await importSystems(
        csv(
          `${HEADER},language,staff_owners`,
          `${a},"Customer records, notes",crm@example.com;ops@example.com,contact details;notes,ACCESS;deletion,EU_GDPR;UK_GDPR,manual,,true,zh,${analyst.email.toUpperCase()}`,
          `${b},,,,OBJECTION,,WEBHOOK,https://hooks.example.com/in,,,`,
        ),
        officer,
      );
      expect(report).toMatchObject({ rows: 2, imported: 2, rejected: [] });
      const crm = await database.prisma.dataSystem.findFirstOrThrow({ where: { name: a } });
      expect(crm).toMatchObject({
        description: "Customer records, notes",
        ownerEmails: ["crm@example.com", "ops@example.com"],
        ownerIds: [analyst.id],
        dataCategories: ["contact details", "notes"],
        requestTypes: ["ACCESS", "DELETION"],
        regimes: ["EU_GDPR", "UK_GDPR"],
        reach: "MANUAL",
        locale: "zh",
        active: true,
      });
      const hooks = await database.prisma.dataSystem.findFirstOrThrow({ where: { name: b } });
      expect(hooks).toMatchObject({ reach: "WEBHOOK", webhookUrl: "https://hooks.example.com/in", active: true });
      expect(report.secrets).toHaveLength(1);
      expect(report.secrets[0]).toMatchObject({ systemId: hooks.id, name: b });
      expect(report.secrets[0]!.secrets.map((s) => s.kind).sort()).toEqual(["API_TOKEN", "WEBHOOK_SIGNING"]);
      const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { type: "system.imported" } });
      expect(event.data).toMatchObject({ count: 2 });
      expect((event.data as { systemIds: string[] }).systemIds.sort()).toEqual([crm.id, hooks.id].sort());
      expect(JSON.stringify(event.data)).not.toMatch(/example\.com|Customer records/);
    });

    it("rejects the whole file when any row is wrong, naming each line and its reasons", async () => {
      const taken = uniqueName("Taken system");
      await createSystem({ name: taken, requestTypes: ["ACCESS"], ownerEmails: "t@example.com" }, officer);
      const fine = uniqueName("Fine system");
      const before = await snapshot();
      const report = await importSystems(
        csv(
          `${HEADER},staff_owners`,
          `${fine},,f@example.com,,ACCESS,,MANUAL,,,`,
          `${taken.toLowerCase()},,t@example.com,,ACCESS,,MANUAL,,,`,
          `,,not-an-email,,OTHER,,CARRIER_PIGEON,,maybe,`,
          `${uniqueName("Hook")},,,,DELETION,,WEBHOOK,http://hooks.example.com,,`,
          `${fine},,f@example.com,,ACCESS,,MANUAL,,,`,
          `${uniqueName("Nobody")},,,,ACCESS,,MANUAL,,,`,
          `${uniqueName("Ghost owned")},,,,ACCESS,,MANUAL,,,ghost@example.com`,
          `${uniqueName("Short")},,`,
        ),
        officer,
      );
      expect(report.imported).toBe(0);
      expect(report.rows).toBe(8);
      expect(report.secrets).toEqual([]);
      const byLine = (line: number) => report.rejected.find((row) => row.line === line);
      expect(report.rejected.map((row) => row.line)).toEqual([3, 4, 5, 6, 7, 8, 9]);
      expect(byLine(3)).toEqual({ line: 3, name: taken.toLowerCase(), reasons: ["name: system_name_taken"] });
      expect(byLine(4)?.name).toBe("");
      expect(byLine(4)?.reasons.sort()).toEqual(
        [
          "name: enter_system_name",
          `owner_emails: ${fieldError("owner_email_invalid", { address: "not-an-email" })}`,
          "request_types: choose_task_request_types",
          "reach: choose_reach",
          "active: true_or_false",
        ].sort(),
      );
      expect(byLine(5)?.reasons).toEqual(["webhook_url: webhook_url_http_loopback"]);
      expect(byLine(6)).toEqual({ line: 6, name: fine, reasons: ["name: same_system_as_line:2"] });
      expect(byLine(7)?.reasons).toEqual(["owner_emails: manual_needs_owner"]);
      expect(byLine(8)?.reasons).toEqual(["staff_owners: unknown_staff_owner"]);
      expect(byLine(9)?.reasons).toEqual(["row_field_count:10"]);
      expect(await snapshot()).toEqual(before);
    });

    it("refuses a file it cannot read as a whole, with one field error", async () => {
      const before = await snapshot();
      const cases: [ReturnType<typeof csv> | { file: null }, string][] = [
        [{ file: null }, "choose_csv_file"],
        [csv("name,aliases,contact_emails"), "systems_csv_header"],
        [csv(HEADER), "header_without_systems"],
        [csv(HEADER, 'X,"unclosed'), "csv_syntax:2"],
        [{ file: { name: "x.csv", bytes: new Uint8Array([0xff, 0xfe, 0x00, 0x41]) } }, "not_csv_text"],
        [{ file: { name: "x.csv", bytes: new Uint8Array(2 * 1024 * 1024 + 1).fill(65) } }, "import_file_too_large"],
      ];
      for (const [input, key] of cases) {
        const refused = await failure(importSystems(input, officer));
        expect(refused.fieldErrors).toEqual({ file: [key] });
      }
      expect(await snapshot()).toEqual(before);
    });
  });

  describe("the data encryption key", () => {
    const saved = { current: process.env.DATA_ENCRYPTION_KEY, old: process.env.DATA_ENCRYPTION_OLD_KEYS };
    const useKeys = (current: string | undefined, old: string[] = []) => {
      if (current === undefined) delete process.env.DATA_ENCRYPTION_KEY;
      else process.env.DATA_ENCRYPTION_KEY = current;
      process.env.DATA_ENCRYPTION_OLD_KEYS = old.join(",");
      reloadFieldKeys();
    };
    afterAll(() => {
      useKeys(saved.current, saved.old ? saved.old.split(",").filter(Boolean) : []);
    });

    it("re-encrypts the signing secrets when the key rotates, and they still sign", async () => {
      const { systemId, secrets } = await webhookSystem(uniqueName("Rotated key system"));
      const signing = secrets.find((s) => s.kind === "WEBHOOK_SIGNING")!.value;
      const before = fieldKeys().current;
      const next = randomBytes(32).toString("base64");
      useKeys(next, [before.key.toString("base64")]);
      const result = await rotateEncryptionKeys(database.prisma, fieldKeys());
      expect(result.reencrypted.signingSecret).toBeGreaterThan(0);
      const row = await database.prisma.systemSecret.findFirstOrThrow({ where: { systemId, kind: "WEBHOOK_SIGNING" } });
      expect(row.secretEncrypted!.startsWith(`v1.${encryptionKeyFrom(next).id}.`)).toBe(true);
      // The old key gone altogether: the secret still reads back, the same.
      useKeys(next);
      const now = new Date();
      expect(await database.prisma.$transaction((tx) => activeSigningSecrets(tx, systemId, now))).toEqual([signing]);
    });
  });
});

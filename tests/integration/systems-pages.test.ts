// First: it prepares the runtime Next's request scope needs (see the file).
import { inRequestScope, sessionCookieFor } from "../support/request-scope";
import { englishWordsIn } from "../support/english-words";
import { readableTexts } from "../support/visible-text";
import { renderPage } from "../support/render-page";
import type { ReactElement } from "react";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import SystemPage from "@/app/(staff)/systems/[id]/page";
import ImportSystemsPage from "@/app/(staff)/systems/import/page";
import NewSystemPage from "@/app/(staff)/systems/new/page";
import SystemsPage from "@/app/(staff)/systems/page";
import {
  createSystemAction,
  importSystemsAction,
  rotateSystemSecretAction,
  updateSystemAction,
} from "@/lib/actions/staff/systems";
import type { Actor } from "@/lib/auth/guards";
import { translatorFor } from "@/lib/i18n/translator";
import { PAGE_LANGUAGE_HEADER } from "@/lib/i18n/page-language";
import { activeSigningSecrets, systemForApiToken } from "@/lib/server/systems/system-secrets";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/**
 * The systems registry's pages and forms as staff use them: the list, a system's page with its secrets,
 * the new-system and import pages, in the staff member's language (Chinese for Chen, English for Pat),
 * and the forms' answers: a webhook system's secrets shown once and working, a rotation, a refused import.
 */

// The registry's actions refresh the pages' cache after a change, which needs Next's rendering store.
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  revalidatePath: () => undefined,
}));

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
};

describe("the systems registry's pages in the staff member's language", () => {
  let database: TestDatabase;
  let chen: Actor;
  let pat: Actor;
  let analyst: Actor;
  let crmId: string;
  let hooksId: string;

  async function staffPage(actor: Actor, url: string, render: () => Promise<ReactElement>) {
    const headers = { cookie: await sessionCookieFor(actor), [PAGE_LANGUAGE_HEADER]: "staff" };
    return inRequestScope(url, headers, async () => renderPage(await render()));
  }
  async function act<R>(actor: Actor, url: string, run: () => Promise<R>): Promise<R> {
    return inRequestScope(url, { cookie: await sessionCookieFor(actor) }, run);
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    chen = { ...(await createStaff(database.prisma, { role: "PRIVACY_OFFICER" })), locale: "zh" };
    await database.prisma.user.update({ where: { id: chen.id }, data: { locale: "zh", name: "陈静" } });
    chen = { ...chen, name: "陈静" };
    pat = await createStaff(database.prisma, { role: "ADMIN" });
    analyst = await createStaff(database.prisma, { role: "ANALYST" });
    const crm = await database.prisma.dataSystem.create({
      data: {
        name: "Salesforce CRM",
        description: "客户关系管理",
        ownerIds: [chen.id],
        ownerEmails: ["crm-owner@partner.example"],
        dataCategories: ["联系方式"],
        requestTypes: ["ACCESS", "CORRECTION"],
        regimes: ["CN_PIPL"],
        locale: "zh",
      },
    });
    crmId = crm.id;
  });
  afterAll(() => database.drop());

  it("adds a webhook system through the form and shows its secrets once, which sign and answer the API", async () => {
    const reply = await act(pat, "http://localhost/systems/new", () =>
      createSystemAction(
        undefined,
        form({
          name: "Mailing hooks",
          requestTypes: ["OBJECTION", "WITHDRAWAL"],
          regimes: ["EU_GDPR"],
          reach: "WEBHOOK",
          webhookUrl: "http://localhost:4010/hooks",
          dataCategories: "email address\nconsent records",
          locale: "en",
          active: "on",
        }),
      ),
    );
    expect(reply.status).toBe("success");
    expect(reply.message).toBe("System added.");
    const secrets = reply.data!.secrets;
    hooksId = reply.data!.systemId;
    expect(secrets.map((s) => s.kind).sort()).toEqual(["API_TOKEN", "WEBHOOK_SIGNING"]);
    const signing = secrets.find((s) => s.kind === "WEBHOOK_SIGNING")!.value;
    const token = secrets.find((s) => s.kind === "API_TOKEN")!.value;
    const now = new Date();
    const [secret] = await database.prisma.$transaction((tx) => activeSigningSecrets(tx, hooksId, now));
    const body = '{"type":"task.created"}';
    const signature = new Webhook(secret!).sign("msg_1", now, body);
    const headers = { "webhook-id": "msg_1", "webhook-timestamp": String(Math.floor(now.getTime() / 1000)) };
    expect(new Webhook(signing).verify(body, { ...headers, "webhook-signature": signature })).toEqual({
      type: "task.created",
    });
    expect(await database.prisma.$transaction((tx) => systemForApiToken(tx, token, now))).toEqual({ id: hooksId });

    // The page never shows them again: hints only.
    const page = await staffPage(pat, `http://localhost/systems/${hooksId}`, () =>
      SystemPage({ params: Promise.resolve({ id: hooksId }) }),
    );
    expect(page).not.toContain(signing);
    expect(page).not.toContain(token);
    expect(page).toContain(`${signing.slice(0, 10)}…`);
    expect(page).toContain(">Rotate the signing secret</button>");
    expect(page).toContain(`href="/systems/${hooksId}/deliveries"`);
  });

  it("refuses a bad form with field errors and adds nothing", async () => {
    const before = await database.prisma.dataSystem.count();
    const reply = await act(pat, "http://localhost/systems/new", () =>
      createSystemAction(
        undefined,
        form({
          name: "Hooks without https",
          requestTypes: "DELETION",
          reach: "WEBHOOK",
          webhookUrl: "http://hooks.example.com/",
        }),
      ),
    );
    expect(reply.status).toBe("error");
    expect(reply.error?.webhookUrl).toEqual(["webhook_url_http_loopback"]);
    expect(await database.prisma.dataSystem.count()).toBe(before);
  });

  it("rotates a secret from the page: the new one shown once, the old one still working for a day", async () => {
    const reply = await act(chen, `http://localhost/systems/${hooksId}`, () =>
      rotateSystemSecretAction(undefined, form({ systemId: hooksId, kind: "WEBHOOK_SIGNING" })),
    );
    expect(reply.status).toBe("success");
    expect(reply.message).toMatch(/^已生成新密钥。之前的密钥有效至 /);
    const fresh = reply.data!.secrets[0]!.value;
    const now = new Date();
    const working = await database.prisma.$transaction((tx) => activeSigningSecrets(tx, hooksId, now));
    expect(working).toHaveLength(2);
    expect(working[0]).toBe(fresh);
    const refused = await act(analyst, `http://localhost/systems/${hooksId}`, () =>
      rotateSystemSecretAction(undefined, form({ systemId: hooksId, kind: "API_TOKEN" })),
    );
    expect(refused.error?.[""]).toEqual(["Your role does not allow this."]);
  });

  it("writes the list and a system's page in Chinese, and in English for an English-speaking colleague", async () => {
    const list = (actor: Actor) =>
      staffPage(actor, "http://localhost/systems", () => SystemsPage({ searchParams: Promise.resolve({}) }));
    const zh = await list(chen);
    expect(zh).toMatch(/<h1 [^>]*>系统<\/h1>/);
    expect(zh).toContain(">添加系统</a>");
    expect(zh).toContain(">名称、描述、数据类别或负责人</label>");
    expect(zh).toContain(">人工处理（任务链接）</td>");
    expect(zh).toContain(">中国《个人信息保护法》</td>");
    expect(englishWordsIn(readableTexts(zh), ["Salesforce", "CRM", "Mailing", "hooks", "Webhook"])).toEqual([]);
    const en = await list(pat);
    expect(en).toContain(">Manual (task link)</td>");
    expect(en).toContain(">Objection, Consent withdrawal</td>");
    expect(en).toContain(">China PIPL</td>");

    const page = await staffPage(chen, `http://localhost/systems/${crmId}`, () =>
      SystemPage({ params: Promise.resolve({ id: crmId }) }),
    );
    expect(page).toContain(">启用的系统</p>");
    expect(page).toContain("crm-owner@partner.example");
    expect(page).toContain(">陈静</dd>");
    expect(page).toContain('aria-label="编辑系统"');
    expect(page).toContain(">保存更改</button>");
    // A manual system has no secrets panel.
    expect(page).not.toContain("轮换签名密钥");
    expect(
      englishWordsIn(readableTexts(page), [
        "Salesforce",
        "CRM",
        "Webhook",
        "crm-owner@partner.example",
        "Test",
        "Staff",
      ]),
    ).toEqual([]);
  });

  it("offers a current owner whose account was disabled since, marked, so saving does not drop them", async () => {
    const former = await createStaff(database.prisma, { role: "ANALYST", disabled: true });
    await database.prisma.user.update({ where: { id: former.id }, data: { name: "Former Owner" } });
    const system = await database.prisma.dataSystem.create({
      data: { name: "Payroll", ownerIds: [former.id], requestTypes: ["ACCESS"] },
    });
    const page = await staffPage(pat, `http://localhost/systems/${system.id}`, () =>
      SystemPage({ params: Promise.resolve({ id: system.id }) }),
    );
    expect(page).toContain(">Former Owner (disabled)</dd>");
    expect(page).toContain(`name="ownerIds" checked="" value="${former.id}"`);
    expect(page).toContain(`Former Owner &lt;${former.email}&gt; (disabled)`);
  });

  it("writes the new-system and import pages in Chinese", async () => {
    const created = await staffPage(chen, "http://localhost/systems/new", () => NewSystemPage());
    expect(created).toMatch(/<h1 [^>]*>新系统<\/h1>/);
    expect(created).toContain(">添加系统</button>");
    expect(created).toContain(">参与的请求类型</legend>");
    // The staff accounts to pick owners from are data: their names and sign-in addresses.
    const accounts = [chen, pat, analyst].map((a) => a.email);
    expect(englishWordsIn(readableTexts(created), ["Webhook", "Test", "Staff", ...accounts])).toEqual([]);
    const imported = await staffPage(chen, "http://localhost/systems/import", () => ImportSystemsPage());
    expect(imported).toMatch(/<h1 [^>]*>导入系统<\/h1>/);
    expect(imported).toContain(
      "<code>name,description,owner_emails,data_categories,request_types,regimes,reach,webhook_url,active</code>",
    );
  });

  it("answers the edit and import forms in the staff member's language", async () => {
    const crm = await database.prisma.dataSystem.findUniqueOrThrow({ where: { id: crmId } });
    const saved = await act(chen, `http://localhost/systems/${crmId}`, () =>
      updateSystemAction(
        undefined,
        form({
          systemId: crmId,
          expectedUpdatedAt: crm.updatedAt.toISOString(),
          name: crm.name,
          description: "客户关系管理",
          ownerIds: [chen.id, analyst.id],
          ownerEmails: "crm-owner@partner.example",
          dataCategories: "联系方式",
          requestTypes: ["ACCESS", "CORRECTION"],
          regimes: "CN_PIPL",
          reach: "MANUAL",
          locale: "zh",
          active: "on",
        }),
      ),
    );
    expect(saved.message).toBe("更改已保存。");
    expect((await database.prisma.dataSystem.findUniqueOrThrow({ where: { id: crmId } })).ownerIds.sort()).toEqual(
      [chen.id, analyst.id].sort(),
    );

    const file = new FormData();
    const rows = [
      "name,description,owner_emails,data_categories,request_types,regimes,reach,webhook_url,active",
      "Warehouse,,dw@example.com,,ACCESS,,MANUAL,,",
      "Salesforce CRM,,crm@example.com,,ACCESS,,MANUAL,,",
    ];
    file.set("file", new File([rows.join("\r\n")], "systems.csv", { type: "text/csv" }));
    const refused = await act(chen, "http://localhost/systems/import", () => importSystemsAction(undefined, file));
    expect(refused.error?.[""]).toEqual([translatorFor("zh")("problems.importRejected", { count: 1 })]);
    expect(refused.report?.rejected).toEqual([
      { line: 3, name: "Salesforce CRM", reasons: ["name: system_name_taken"] },
    ]);
    expect(await database.prisma.dataSystem.count({ where: { name: "Warehouse" } })).toBe(0);
  });
});

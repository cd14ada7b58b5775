// First: it prepares the runtime Next's request scope needs (see the file).
import { inRequestScope, sessionCookieFor } from "../support/request-scope";
import { englishWordsIn } from "../support/english-words";
import { readableTexts } from "../support/visible-text";
import { translatorFor } from "@/lib/i18n/translator";
import { renderPage } from "../support/render-page";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import CustomerPage from "@/app/(staff)/customers/[id]/page";
import ImportCustomersPage from "@/app/(staff)/customers/import/page";
import NewCustomerPage from "@/app/(staff)/customers/new/page";
import CustomersPage from "@/app/(staff)/customers/page";
import ReportsPage from "@/app/(staff)/reports/page";
import TransparencyPage from "@/app/(staff)/reports/transparency/page";
import { ReceivedPanel } from "@/components/reports/received-panel";
import { RoutingPanel } from "@/components/reports/routing-panel";
import { importCustomersAction, updateCustomerAction } from "@/lib/actions/staff/customers";
import type { Actor } from "@/lib/auth/guards";
import { REQUEST_TYPES } from "@/lib/domain/intake/request-schema";
import { weeklyBuckets } from "@/lib/domain/reports/weekly-buckets";
import { PAGE_LANGUAGE_HEADER } from "@/lib/i18n/page-language";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/**
 * The reports and the customer registry for a staff member who reads the staff area in Chinese: every
 * heading, label, table header, chart description (read by screen readers) and answer in Chinese, dates
 * and numbers written the Chinese way, and no English word of the interface left. The same pages for an
 * English-speaking colleague stay in English.
 */

// The registry's actions refresh the pages' cache after a change, which needs Next's rendering store: outside
// a request rendered by Next there is no cache to refresh.
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  revalidatePath: () => undefined,
}));

const at = (iso: string) => new Date(iso.includes("T") ? iso : `${iso}T00:00:00.000Z`);
const PERIOD = { from: "2026-10-05", to: "2026-11-15" };

describe("the reports and the customer registry in the staff member's language", () => {
  let database: TestDatabase;
  let chen: Actor;
  let pat: Actor;
  let acmeId: string;
  let firstCaseId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    chen = { ...(await createStaff(database.prisma, { role: "PRIVACY_OFFICER" })), locale: "zh" };
    await database.prisma.user.update({ where: { id: chen.id }, data: { locale: "zh" } });
    pat = await createStaff(database.prisma, { role: "PRIVACY_OFFICER" });
    const acme = await database.prisma.cloudCustomer.create({
      data: {
        name: "Acme Cloud",
        aliases: ["艾克美云"],
        contactEmails: ["privacy@acme.example"],
        contacts: { create: [{ email: "privacy@acme.example", position: 0 }] },
      },
    });
    acmeId = acme.id;
    // prettier-ignore
    const cases = [
      { type: "ACCESS", status: "CLOSED", outcome: "FULFILLED", received: at("2026-10-05"), closed: at("2026-10-15"), due: at("2026-11-05") },
      { type: "DELETION", status: "CLOSED", outcome: "DENIED", denialReason: "NO_DATA_FOUND", received: at("2026-10-07"), closed: at("2026-10-20"), due: at("2026-11-07") },
      { type: "CORRECTION", status: "CLOSED", outcome: "FULFILLED", regime: "CN_PIPL", received: at("2026-10-20"), closed: at("2026-11-14"), due: at("2026-12-20"), extended: at("2026-11-01") },
      { type: "OTHER", status: "ROUTED", received: at("2026-11-04"), due: at("2027-12-04"), customer: true },
    ] as const;
    let n = 0;
    for (const spec of cases) {
      n += 1;
      const created = await database.prisma.case.create({
        data: {
          reference: `DSR-2026-${String(n).padStart(6, "0")}`,
          type: spec.type,
          status: spec.status,
          outcome: "outcome" in spec ? spec.outcome : null,
          denialReason: "denialReason" in spec ? spec.denialReason : null,
          regime: "regime" in spec ? spec.regime : "EU_GDPR",
          channel: "WEB",
          receivedAt: spec.received,
          dueAt: spec.due,
          dueDate: spec.due.toISOString().slice(0, 10),
          originalDueAt: spec.due,
          policy: {},
          extendedAt: "extended" in spec ? spec.extended : null,
          extensionReason: "extended" in spec ? "Records in three systems" : null,
          closedAt: "closed" in spec ? spec.closed : null,
          routingState: "customer" in spec ? "ACKNOWLEDGED" : null,
          customer: "customer" in spec ? { connect: { id: acmeId } } : undefined,
          requester: {
            create: { email: `person-${n}@example.com`, name: `Person ${n}`, emailVerifiedAt: spec.received },
          },
        },
      });
      firstCaseId ??= created.id;
      if ("customer" in spec) {
        await database.prisma.customerRouting.create({
          data: {
            caseId: created.id,
            customerId: acmeId,
            contactEmails: ["privacy@acme.example"],
            tokenHash: `hash-${n}`,
            expiresAt: at("2026-12-04"),
            sentAt: at("2026-11-04T06:00:00.000Z"),
            acknowledgedAt: at("2026-11-04T18:00:00.000Z"),
            state: "ACKNOWLEDGED",
          },
        });
      }
    }
  }, 120_000);
  afterAll(() => database.drop());

  /** A staff page as the app serves it to this staff member (signed in, the page marked as a staff page). */
  async function staffPage(actor: Actor, url: string, render: () => Promise<ReactElement>) {
    const headers = { cookie: await sessionCookieFor(actor), [PAGE_LANGUAGE_HEADER]: "staff" };
    return inRequestScope(url, headers, async () => renderPage(await render()));
  }

  const reports = (actor: Actor, view: "charts" | "table") =>
    staffPage(actor, "http://localhost/reports", () =>
      ReportsPage({ searchParams: Promise.resolve({ ...PERIOD, view }) }),
    );

  it("writes the dashboard in Chinese: headings, period, chart descriptions, legends and axes", async () => {
    const html = await reports(chen, "charts");
    expect(html).toMatch(/<h1 [^>]*>报表<\/h1>/);
    expect(html).toContain("2026年10月5日至2026年11月15日（UTC）");
    expect(html).toContain(">每周收到的请求</h2>");
    expect(html).toContain(">按期答复</h2>");
    expect(html).toContain(">当前未结案件</h2>");
    // The chart's description for screen readers: the count of weeks as a plural, the busiest week's date
    // written the Chinese way, the types listed with the Chinese enumeration comma.
    expect(html).toContain(
      'aria-label="每周收到的请求，按类型堆叠：6 周内共 4 个；最多的一周从 2026年10月5日 开始，共 2 个。按类型：',
    );
    expect(html).toMatch(/aria-label="[^"]*查阅 1、[^"]*"/);
    // The axis: weeks as "10月5日", each segment's tooltip with full-width punctuation.
    expect(html).toMatch(/<text [^>]*>10月5日<\/text>/);
    expect(html).toContain("<title>2026年10月5日当周，查阅：1</title>");
    expect(html).toContain('aria-label="图例"');
    expect(html).toContain(">本期间内延长了 1 个期限（每种适用法规每个案件只允许延期一次）。</p>");
    expect(html).toContain(">本期间内拒绝了 1 个请求。</p>");
    expect(html).toContain("未找到个人数据 1");
    expect(html).toContain("中国《个人信息保护法》");
    // Routing: the customer's name as typed, the time in Chinese units.
    expect(html).toContain("Acme Cloud 1 个案件，确认时间中位数 12.0 小时");
    expect(html).toMatch(/<option value="" selected="">不限<\/option>/);
    expect(html).toContain(">最近 12 周，不筛选</a>");
    expect(englishWordsIn(readableTexts(html), ["Acme", "Cloud"])).toEqual([]);
  });

  it("writes the dashboard's table view in Chinese", async () => {
    const html = await reports(chen, "table");
    expect(html).toContain('aria-current="page"');
    expect(html).toMatch(/<a [^>]*aria-current="page"[^>]*>表格视图<\/a>/);
    expect(html).toContain(">周起始日</th>");
    expect(html).toContain(">所有周</th>");
    expect(html).toContain(">2026年10月5日</th>");
    expect(html).toContain(">其中逾期</th>");
    expect(html).toContain(">未延期（在原定期限前）</th>");
    expect(html).toContain(">确认时间中位数</th>");
    expect(html).toContain('<caption class="sr-only">每周各类型收到的请求</caption>');
    expect(englishWordsIn(readableTexts(html), ["Acme", "Cloud"])).toEqual([]);
  });

  it("keeps the dashboard in English for an English-speaking colleague", async () => {
    const html = await reports(pat, "charts");
    expect(html).toMatch(/<h1 [^>]*>Reports<\/h1>/);
    expect(html).toContain("5 Oct 2026 to 15 Nov 2026 (UTC)");
    expect(html).toContain(
      'aria-label="Requests received per week, stacked by type: 4 in 6 weeks; the busiest week began 5 Oct 2026 with 2. By type: ',
    );
    expect(html).toContain("Acme Cloud 1 case, median 12.0 h to acknowledge");
    expect(html).toContain(">1 request denied in the period.</p>");
    expect(html).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("writes the transparency summary in Chinese", async () => {
    const html = await staffPage(chen, "http://localhost/reports/transparency", () =>
      TransparencyPage({ searchParams: Promise.resolve({ year: "2026", regime: "CN_PIPL" }) }),
    );
    expect(html).toMatch(/<h1 [^>]*>2026 年透明度摘要<\/h1>/);
    expect(html).toContain("该自然年度（UTC）依据中国《个人信息保护法》收到的请求");
    expect(html).toContain(">全部满足</th>");
    expect(html).toContain(">所有请求</th>");
    expect(html).toContain(">下载 CSV</a>");
    expect(englishWordsIn(readableTexts(html))).toEqual([]);
  });

  it("writes big figures and the week count the Chinese way in a panel's description for screen readers", () => {
    const weeks = weeklyBuckets(
      [
        { week: "2026-10-05", key: "ACCESS", count: 1200 },
        { week: "2026-10-12", key: "DELETION", count: 34 },
      ],
      "2026-10-05",
      "2026-10-18",
      REQUEST_TYPES,
    );
    const received = {
      weeks,
      total: 1234,
      byType: Object.fromEntries(REQUEST_TYPES.map((t) => [t, t === "ACCESS" ? 1200 : t === "DELETION" ? 34 : 0])),
    };
    const zh = renderToStaticMarkup(ReceivedPanel({ received, view: "charts", locale: "zh" }));
    expect(zh).toContain(
      'aria-label="每周收到的请求，按类型堆叠：2 周内共 1,234 个；最多的一周从 2026年10月5日 开始，共 1,200 个。按类型：查阅 1,200、删除 34。"',
    );
    expect(zh).toContain(">本期间共收到 1,234 个请求（无论是否已确认）。每周从周一到周日（UTC）。</p>");
    const en = renderToStaticMarkup(ReceivedPanel({ received, view: "charts", locale: "en" }));
    expect(en).toContain(
      'aria-label="Requests received per week, stacked by type: 1,234 in 2 weeks; the busiest week began 5 Oct 2026 with 1,200. By type: Access 1,200, Deletion 34."',
    );
    const routing = [
      {
        customerId: acmeId,
        customer: "Acme Cloud",
        cases: 2,
        routings: 3,
        acknowledged: 2,
        medianHoursToAcknowledge: 72,
      },
    ];
    expect(renderToStaticMarkup(RoutingPanel({ routing, view: "charts", locale: "zh" }))).toContain(
      ">2 · 确认 3.0 天</text>",
    );
  });

  const customersPage = (actor: Actor) =>
    staffPage(actor, "http://localhost/customers", () => CustomersPage({ searchParams: Promise.resolve({}) }));

  it("writes the customer list and its search in Chinese", async () => {
    const html = await customersPage(chen);
    expect(html).toMatch(/<h1 [^>]*>企业客户<\/h1>/);
    expect(html).toContain(">添加企业客户</a>");
    expect(html).toContain(">名称、别名或联系人</label>");
    expect(html).toContain('<option value="inactive">仅限停用</option>');
    expect(html).toContain(">确认时间中位数</th>");
    expect(html).toContain(">启用</td>");
    expect(html).toContain(">12 小时</td>");
    expect(html).toContain("艾克美云");
    expect(englishWordsIn(readableTexts(html), ["Acme", "Cloud"])).toEqual([]);
    expect(await customersPage(pat)).toContain(">12 h</td>");
  });

  it("writes a customer's page, its routed cases and its form in Chinese", async () => {
    const html = await staffPage(chen, `http://localhost/customers/${acmeId}`, () =>
      CustomerPage({ params: Promise.resolve({ id: acmeId }) }),
    );
    expect(html).toContain(">启用的企业客户</p>");
    expect(html).toContain("确认时间中位数：");
    expect(html).toContain("（实际经过时间，基于 1 次已确认的转交）");
    expect(html).toContain(">已确认</td>");
    expect(html).toContain(">2026年11月4日 06:00（UTC）</td>");
    expect(html).toContain('>邮件语言</dt><dd class="col-span-2">英语</dd>');
    // The form (a client component) in the page's language, with the languages named in Chinese.
    expect(html).toContain('aria-label="编辑企业客户"');
    expect(html).toContain(">发给联系人的邮件语言</label>");
    expect(html).toContain('<option value="zh">简体中文</option>');
    expect(html).toContain(">保存更改</button>");
    expect(englishWordsIn(readableTexts(html), ["Acme", "Cloud"])).toEqual([]);
  });

  it("writes the new-customer and import pages in Chinese", async () => {
    const created = await staffPage(chen, "http://localhost/customers/new", () =>
      NewCustomerPage({ searchParams: Promise.resolve({}) }),
    );
    expect(created).toMatch(/<h1 [^>]*>新企业客户<\/h1>/);
    expect(created).toContain(">添加企业客户</button>");
    expect(englishWordsIn(readableTexts(created))).toEqual([]);
    // From a case: the case's reference, a link, where the sentence puts it.
    const fromCase = await staffPage(chen, "http://localhost/customers/new", () =>
      NewCustomerPage({ searchParams: Promise.resolve({ case: firstCaseId }) }),
    );
    expect(fromCase).toMatch(
      /<p [^>]*>案件 <a [^>]*href="\/cases\/[^"]+"[^>]*>DSR-2026-000001<\/a>：该企业客户将被登记并确认为此案件的客户。<\/p>/,
    );
    expect(fromCase).toContain(">添加并确认为此案件的客户</button>");

    const imported = await staffPage(chen, "http://localhost/customers/import", () => ImportCustomersPage());
    expect(imported).toMatch(/<h1 [^>]*>导入企业客户<\/h1>/);
    expect(imported).toContain(
      "第一行：<code>name,aliases,contact_emails,agreement_reference,active,notes</code>，可另加 <code>language</code>。",
    );
    // The column names and the values a file holds are the file's, not the interface's words.
    const fileWords = ["name", "aliases", "contact_emails", "agreement_reference", "active", "notes", "language"];
    expect(
      englishWordsIn(readableTexts(imported), [
        ...fileWords,
        "contact",
        "emails",
        "agreement",
        "reference",
        "true",
        "false",
        "en",
        "zh",
      ]),
    ).toEqual([]);
  });

  it("answers the registry's forms in the staff member's language", async () => {
    const cookie = await sessionCookieFor(chen);
    const form = new FormData();
    form.set("customerId", acmeId);
    form.set("name", "Acme Cloud");
    form.set("aliases", "艾克美云");
    form.set("contactEmails", "privacy@acme.example");
    form.set("locale", "zh");
    form.set("active", "on");
    const saved = await inRequestScope(`http://localhost/customers/${acmeId}`, { cookie }, () =>
      updateCustomerAction(undefined, form),
    );
    expect(saved.message).toBe("更改已保存。");

    const file = new FormData();
    const rows = [
      "name,aliases,contact_emails,agreement_reference,active,notes",
      "Globex,,privacy@globex.example,,,",
      "Initech,,not an address,,,",
    ];
    file.set("file", new File([rows.join("\r\n")], "customers.csv", { type: "text/csv" }));
    const refused = await inRequestScope("http://localhost/customers/import", { cookie }, () =>
      importCustomersAction(undefined, file),
    );
    expect(refused.error?.[""]).toEqual([translatorFor("zh")("problems.importRejected", { count: 1 })]);
  });
});

// First: it prepares the runtime Next's request scope needs (see the file).
import { inRequestScope, sessionCookieFor } from "../support/request-scope";
import { renderPage } from "../support/render-page";
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import EmailSettingsPage from "@/app/(staff)/settings/email/page";
import EmailTextsPage from "@/app/(staff)/settings/email-texts/page";
import { MessagesProvider } from "@/components/i18n/messages-provider";
import { EmailPreview } from "@/components/settings/email-preview";
import type { Actor } from "@/lib/auth/guards";
import { renderEmail } from "@/lib/email/render-email";
import { templates } from "@/lib/email/templates";
import { PAGE_LANGUAGE_HEADER } from "@/lib/i18n/page-language";
import { messages } from "@/lib/i18n/messages";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { englishWordsIn } from "../support/english-words";
import { readableTexts } from "../support/visible-text";

/** What the pages quote as it is: the mail server's own answer. */
const DATA = [/550 mailbox unavailable/g];

describe("the email settings pages for a Chinese-speaking administrator", () => {
  let database: TestDatabase;
  let admin: Actor;
  let cookie: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    admin = await createStaff(database.prisma, { role: "ADMIN" });
    await database.prisma.user.update({ where: { id: admin.id }, data: { locale: "zh" } });
    cookie = await sessionCookieFor(admin);
    await database.prisma.outboxEmail.create({
      data: {
        template: "staff-assignment",
        to: "gave-up@example.com",
        locale: "en",
        payload: templates["staff-assignment"].sample,
        status: "FAILED",
        attempts: 8,
        lastError: "550 mailbox unavailable",
      },
    });
  });
  afterAll(() => database.drop());

  const render = (url: string, page: () => Promise<ReactElement>) =>
    inRequestScope(url, { cookie, [PAGE_LANGUAGE_HEADER]: "staff" }, async () => renderPage(page()));

  it("shows delivery, the outbox with its statuses and what gave up, in Chinese", async () => {
    const html = await render("http://localhost/settings/email", () => EmailSettingsPage());
    expect(html).toContain(">电子邮件</h1>");
    expect(html).toContain(">发件箱</h2>");
    for (const status of ["待发送", "发送中", "已发送", "发送失败"]) expect(html).toContain(`>${status}</dt>`);
    expect(html).toContain(">多次重试后已放弃</caption>");
    for (const header of ["邮件", "收件人", "尝试次数", "最近的错误"]) expect(html).toContain(`<th>${header}</th>`);
    // The email's name, not its code; the retry button in Chinese.
    expect(html).toContain("<td>案件已分配</td>");
    expect(html).not.toContain("staff-assignment</td>");
    expect(html).toMatch(/<button[^>]*>重试<\/button>/);
    // The test form is another component (not yet translated): everything else is Chinese.
    const outsideTestForm = html.replace(/<section aria-labelledby="test-heading"[\s\S]*?<\/section>/, "");
    expect(englishWordsIn(readableTexts(outsideTestForm), DATA)).toEqual([]);
  });

  it("lists the emails by their Chinese names and labels the editor in Chinese", async () => {
    const html = await render("http://localhost/settings/email-texts", () =>
      EmailTextsPage({ searchParams: Promise.resolve({ template: "requester-denied" }) }),
    );
    expect(html).toContain(">邮件文字</h1>");
    expect(html).toContain('<optgroup label="致请求人">');
    expect(html).toContain('<optgroup label="致员工">');
    expect(html).toMatch(/<option value="staff-daily-digest"[^>]*>每日摘要<\/option>/);
    expect(html).toMatch(/<h2 id="editor-heading"[^>]*>请求被拒绝 <span[^>]*>致请求人，英文和中文<\/span>/);
    for (const label of ["主题", "开头段落", "结尾段落"]) expect(html).toContain(`>${label}</label>`);
    expect(html).toContain("占位符：{reference}, {reason}, {text}, {regime}。");
    expect(html).toMatch(/<button[^>]*>预览<\/button>/);
    expect(html).toMatch(/<button[^>]*>保存文字<\/button>/);
    expect(englishWordsIn(readableTexts(html), DATA)).toEqual([]);
  });

  it("previews an email with its parts named in Chinese", () => {
    const template = templates["requester-acknowledgement"];
    const email = renderEmail(template, template.payload.parse(template.sample), {
      appUrl: "https://rd.example",
      locale: "zh",
    });
    const html = renderToStaticMarkup(
      MessagesProvider({
        locale: "zh",
        messages: messages.zh,
        children: createElement(EmailPreview, { title: "修改后", email, testId: "preview" }),
      }),
    );
    expect(html).toContain("主题：");
    expect(html).toContain(">纯文本</summary>");
    expect(html).toContain('title="修改后：HTML 部分"');
    expect(englishWordsIn(readableTexts(html), [/DSR-\d{4}-\d+/g])).toEqual([]);
  });
});

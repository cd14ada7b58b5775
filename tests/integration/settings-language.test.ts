// First: it prepares the runtime Next's request scope needs (see the file).
import { inRequestScope, sessionCookieFor } from "../support/request-scope";
import { renderPage } from "../support/render-page";
import type { ReactElement } from "react";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type * as nextCache from "next/cache";
import InvitationNotFound from "@/app/(auth)/invite/[token]/not-found";
import StaffLayout from "@/app/(staff)/layout";
import DeadlineSettingsPage from "@/app/(staff)/settings/deadlines/page";
import OrganizationSettingsPage from "@/app/(staff)/settings/organization/page";
import SettingsPage from "@/app/(staff)/settings/page";
import StaffProfilePage from "@/app/(staff)/settings/profile/page";
import RetentionSettingsPage from "@/app/(staff)/settings/retention/page";
import RoutingSettingsPage from "@/app/(staff)/settings/routing/page";
import UsersPage from "@/app/(staff)/settings/users/page";
import ForbiddenPage from "@/app/forbidden/page";
import { updateStaffProfileAction } from "@/lib/actions/staff/staff-profile";
import { changeStaffRoleAction } from "@/lib/actions/staff/staff-accounts";
import type { Actor } from "@/lib/auth/guards";
import type { Locale } from "@/lib/i18n/languages";
import { messages } from "@/lib/i18n/messages";
import { PAGE_LANGUAGE_HEADER } from "@/lib/i18n/page-language";
import { messagesOf } from "../support/catalogue-keys";
import { settingsFixture } from "../support/settings-fixture";
import { createStaff } from "../support/staff";
import type { TestDatabase } from "../support/test-database";
import { englishWordsIn } from "../support/english-words";
import { readableTexts } from "../support/visible-text";

// What the actions ask Next to render again (outside Next there is no cache to clear).
const revalidated = vi.hoisted(() => ({ calls: [] as unknown[][] }));
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof nextCache>()),
  revalidatePath: (...args: unknown[]) => void revalidated.calls.push(args),
}));

/** The English words of the settings pages and the staff area's frame, each a whole message. */
const ENGLISH = [
  ...messagesOf(messages.en.settings),
  ...messagesOf(messages.en.staffShell),
  ...messagesOf(messages.en.labels.roles),
  ...messagesOf(messages.en.labels.regimes),
]
  .map(([, message]) => message)
  .filter((message) => !message.includes("{") && /[A-Za-z]{2}/.test(message) && !/^[A-Z]{2} GDPR$/.test(message));

/** The English messages a page still shows. */
const englishIn = (html: string) =>
  ENGLISH.filter((message) => readableTexts(html).some((text) => text.includes(message)));

describe("the settings pages for a staff member who reads Chinese", () => {
  let database: TestDatabase;
  let admin: Actor;
  let cookie: string;

  beforeAll(async () => {
    ({ database, admin } = await settingsFixture());
    // Names are data: Chinese ones keep the English checks to the page's own words.
    await database.prisma.user.updateMany({ data: { name: "陈静" } });
    await database.prisma.user.update({ where: { id: admin.id }, data: { locale: "zh" } });
    cookie = await sessionCookieFor(admin);
  });
  afterAll(() => database.drop());

  const asAdmin = (path: string, page: () => ReactElement | Promise<ReactElement>) =>
    inRequestScope(
      `http://localhost${path}`,
      { cookie, [PAGE_LANGUAGE_HEADER]: "staff", "accept-language": "en" },
      () => renderPage(page()),
    );

  it("shows the index, routing, retention, users and profile pages and the staff frame in Chinese only", async () => {
    const pages = {
      index: await asAdmin("/settings", () => SettingsPage()),
      routing: await asAdmin("/settings/routing", () => RoutingSettingsPage()),
      retention: await asAdmin("/settings/retention", () => RetentionSettingsPage()),
      users: await asAdmin("/settings/users", () => UsersPage()),
      profile: await asAdmin("/settings/profile", () => StaffProfilePage()),
      frame: await asAdmin("/settings", () => StaffLayout({ children: null })),
      forbidden: await asAdmin("/forbidden", () => ForbiddenPage()),
    };
    expect(pages.index).toContain('<h1 class="text-2xl font-semibold">设置</h1>');
    expect(pages.index).toMatch(/<a [^>]*href="\/settings\/deadlines"[^>]*>期限与日历<\/a>/);
    expect(pages.routing).toContain("转交期限（确认后的工作日数）");
    expect(pages.retention).toContain("匿名化 0 个已结案案件。");
    expect(pages.retention).toContain("保存期限任务尚未运行。");
    expect(pages.users).toContain(">邀请员工</h2>");
    expect(pages.users).toContain(">发送邀请</button>");
    expect(pages.users).toContain(">管理员</option>");
    expect(pages.users).toContain(">（您）</span>");
    expect(pages.users).toContain(">从未登录</td>");
    expect(pages.profile).toContain(">个人资料</h1>");
    expect(pages.profile).toContain(">保存</button>");
    expect(pages.frame).toContain('aria-label="员工"');
    expect(pages.frame).toContain("陈静 · 管理员");
    expect(pages.frame).toContain(">退出登录</button>");
    expect(pages.forbidden).toContain(">您无权访问此页面</h1>");
    for (const [name, html] of Object.entries(pages)) {
      expect(englishIn(html), name).toEqual([]);
      expect(englishWordsIn(readableTexts(html)), name).toEqual([]);
    }
  });

  it("shows the deadlines page, its policy form and the organization page in Chinese, data left as typed", async () => {
    const deadlines = await asAdmin("/settings/deadlines", () =>
      DeadlineSettingsPage({ searchParams: Promise.resolve({ edit: "EU_GDPR" }) }),
    );
    expect(deadlines).toContain(">期限与日历</h1>");
    expect(deadlines).toContain(">编辑欧盟 GDPR政策</h2>");
    expect(deadlines).toContain("1 个月；可延长 2 个月");
    expect(deadlines).toContain("45 个自然日（收到当日计为第 1 天）；可延长 45 个自然日");
    expect(deadlines).toContain(">自然月（同一日期，遇非工作日顺延至下一个工作日）</option>");
    expect(deadlines).toContain(">保存政策</button>");
    expect(deadlines).toContain("国务院办公厅关于 2027 年部分节假日安排的通知");
    expect(englishIn(deadlines)).toEqual([]);

    const organization = await asAdmin("/settings/organization", () => OrganizationSettingsPage());
    expect(organization).toContain(">发件人名称</label>");
    expect(organization).toContain('placeholder="国家互联网信息办公室，www.cac.gov.cn"');
    expect(organization).toContain("在保存这些设置之前，使用服务器的 MAIL_FROM。");
    expect(englishIn(organization)).toEqual([]);
  });

  it("answers an administrator's change in their language", async () => {
    const analyst = await createStaff(database.prisma, { role: "ANALYST" });
    const form = new FormData();
    form.set("userId", analyst.id);
    form.set("role", "AUDITOR");
    const reply = await inRequestScope("http://localhost/settings/users", { cookie }, () =>
      changeStaffRoleAction(undefined, form),
    );
    expect(reply).toMatchObject({ status: "success", message: "角色已更改。" });
  });

  it("says an invitation link that does not work in the visitor's language", async () => {
    const zh = await inRequestScope("http://localhost/invite/x", { "accept-language": "zh-CN" }, () =>
      renderPage(InvitationNotFound()),
    );
    expect(zh).toContain(">设置您的 Rightsdesk 密码</h1>");
    expect(zh).toContain("此邀请链接无效");
    expect(englishIn(zh)).toEqual([]);
  });
});

describe("a staff member's change of language in their profile", () => {
  let database: TestDatabase;
  let me: Actor;
  let cookie: string;

  beforeAll(async () => {
    ({ database } = await settingsFixture());
    me = await createStaff(database.prisma, { role: "AUDITOR" });
    cookie = await sessionCookieFor(me);
  });
  afterAll(() => database.drop());

  const choose = (locale: Locale) => {
    const form = new FormData();
    form.set("locale", locale);
    revalidated.calls = [];
    return inRequestScope("http://localhost/settings/profile", { cookie }, () =>
      updateStaffProfileAction(undefined, form),
    );
  };
  const profilePage = () =>
    inRequestScope("http://localhost/settings/profile", { cookie, [PAGE_LANGUAGE_HEADER]: "staff" }, () =>
      renderPage(StaffProfilePage()),
    );

  it("is confirmed in the language just chosen, and every page reads in it from the next render", async () => {
    expect(await profilePage()).toContain(">Your profile</h1>");

    expect(await choose("zh")).toMatchObject({ status: "success", message: messages.zh.settings.profile.saved });
    expect(messages.zh.settings.profile.saved).toBe("已保存。Rightsdesk 和您今后的邮件将使用此语言。");
    // The whole staff area is rendered again, not only the profile page: every page is in the new language.
    expect(revalidated.calls).toEqual([["/", "layout"]]);
    const chinese = await profilePage();
    expect(chinese).toContain(">个人资料</h1>");
    expect(chinese).toContain(">Rightsdesk 及您的邮件的语言</legend>");
    expect(chinese).not.toContain("Your profile");

    // Saving the same language again: nothing changed, said in that language.
    expect(await choose("zh")).toMatchObject({ status: "success", message: "没有更改。" });

    // And back: the confirmation is in English again.
    expect(await choose("en")).toMatchObject({ status: "success", message: messages.en.settings.profile.saved });
    expect(await profilePage()).toContain(">Your profile</h1>");
  });
});

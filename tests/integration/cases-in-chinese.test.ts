// First: it prepares the runtime Next's request scope needs (see the file).
import { inRequestScope, sessionCookieFor } from "../support/request-scope";
import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import CasesPage from "@/app/(staff)/cases/page";
import { CaseActions } from "@/components/cases/case-actions";
import { CaseChecklist } from "@/components/cases/case-checklist";
import { CaseDetailsPanel } from "@/components/cases/case-details-panel";
import { CaseHeader } from "@/components/cases/case-header";
import { CaseTimeline } from "@/components/cases/case-timeline";
import { DeadlinePanel } from "@/components/cases/deadline-panel";
import { RequesterPanel } from "@/components/cases/requester-panel";
import { CaseCustomerPanel } from "@/components/customers/case-customer-panel";
import { MessagesProvider } from "@/components/i18n/messages-provider";
import { LegalHoldForm } from "@/components/retention/legal-hold-form";
import { CaseRoutingPanel } from "@/components/routing/case-routing-panel";
import { addNoteAction, assignAction } from "@/lib/actions/staff/case";
import type { Actor } from "@/lib/auth/guards";
import { nextStep } from "@/lib/domain/cases/next-step";
import type { Locale } from "@/lib/i18n/languages";
import { messages } from "@/lib/i18n/messages";
import { PAGE_LANGUAGE_HEADER } from "@/lib/i18n/page-language";
import { assignableStaff } from "@/lib/server/cases/assignable-staff";
import { caseTimeline } from "@/lib/server/cases/case-timeline";
import { getCaseDetail } from "@/lib/server/cases/get-case-detail";
import { ensureDeadlinePolicies } from "@/lib/server/deadlines/policy-store";
import { sendMessageToRequester } from "@/lib/server/messages/send-message-to-requester";
import { caseRoutingSummary } from "@/lib/server/routing/case-routing-summary";
import { logCase } from "../support/log-case";
import { messagesOf } from "../support/catalogue-keys";
import { renderPage } from "../support/render-page";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { readableTexts } from "../support/visible-text";

// The actions refresh the case page; outside a Next render there is no page to refresh.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

/**
 * The English words of the case screens (sections `cases`, `caseTimeline`, `nextStep`) that differ from
 * their Chinese: each message's static pieces of some length, so "Due {date}" is looked for as "Due ".
 */
const ENGLISH_PIECES = (() => {
  const zh = new Map(
    messagesOf({ cases: messages.zh.cases, caseTimeline: messages.zh.caseTimeline, nextStep: messages.zh.nextStep }),
  );
  return messagesOf({
    cases: messages.en.cases,
    caseTimeline: messages.en.caseTimeline,
    nextStep: messages.en.nextStep,
  })
    .filter(([key, text]) => zh.get(key) !== text)
    .flatMap(([, text]) => text.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/))
    .map((piece) => piece.trim())
    .filter((piece) => /[A-Za-z]{3}/.test(piece) && piece.length >= 4);
})();

function englishIn(html: string): string[] {
  const texts = readableTexts(html);
  return ENGLISH_PIECES.filter((piece) => texts.some((text) => text.includes(piece)));
}

describe("the case screens for a staff member who reads Chinese", () => {
  let database: TestDatabase;
  let officer: Actor;
  let caseId: string;

  const staffScope = <T>(path: string, run: () => Promise<T>) =>
    sessionCookieFor(officer).then((cookie) =>
      inRequestScope(`http://localhost${path}`, { cookie, [PAGE_LANGUAGE_HEADER]: "staff" }, run),
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    await ensureDeadlinePolicies(database.prisma);
    const created = await createStaff(database.prisma, { role: "PRIVACY_OFFICER" });
    await database.prisma.user.update({ where: { id: created.id }, data: { name: "李伟", locale: "zh" } });
    officer = { ...created, name: "李伟", locale: "zh" };
    const logged = await logCase(
      {
        type: "CORRECTION",
        regime: "CN_PIPL",
        channel: "EMAIL",
        receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
        requester: { email: "wang.fang@example.com", name: "王芳", locale: "zh" },
      },
      officer,
    );
    caseId = logged.id;
  });
  afterAll(() => database.drop());

  it("answers a case action in Chinese", async () => {
    const form = new FormData();
    form.set("caseId", caseId);
    form.set("expectedVersion", String((await getCaseDetail(caseId, officer)).version));
    form.set("assigneeId", officer.id);
    const assigned = await staffScope(`/cases/${caseId}`, () => assignAction(undefined, form));
    expect(assigned).toMatchObject({ status: "success", message: "分配已保存。" });

    const note = new FormData();
    note.set("caseId", caseId);
    note.set("expectedVersion", String((await getCaseDetail(caseId, officer)).version));
    note.set("body", "已致电请求人核对地址。");
    const added = await staffScope(`/cases/${caseId}`, () => addNoteAction(undefined, note));
    expect(added).toMatchObject({ status: "success", message: "备注已添加。" });
  });

  it("shows the queue in Chinese: title, columns, filters, saved views and the case's type and status", async () => {
    const html = await staffScope("/cases", async () =>
      renderPage(await CasesPage({ searchParams: Promise.resolve({}) })),
    );
    for (const words of [
      "案件队列",
      "编号",
      "负责人",
      "期限",
      "我的案件",
      "本周到期",
      "筛选",
      "更正",
      "处理中",
      "导出全部符合条件的案件（CSV）",
    ]) {
      expect(html).toContain(words);
    }
    expect(html).toContain('aria-label="选择本页全部案件"');
    expect(englishIn(html)).toEqual([]);
    for (const english of ["Case queue", "Reference", "Assignee", "My cases", "Correction", "In progress", "Export"]) {
      expect(html).not.toContain(english);
    }
  });

  it("shows a case page in Chinese: header, request, deadline, checklist, actions, timeline and its panels", async () => {
    await sendMessageToRequester(
      { caseId, expectedVersion: (await getCaseDetail(caseId, officer)).version, body: "请确认您的新地址。" },
      officer,
    );
    const detail = await getCaseDetail(caseId, officer);
    const [timeline, staff, routing] = await Promise.all([
      caseTimeline(detail.id),
      assignableStaff(),
      caseRoutingSummary(detail.id),
    ]);
    const next = nextStep({
      status: detail.status,
      assigned: detail.assignee !== null,
      identityVerified: detail.identity.at !== null,
      authorityNeeded: detail.relationship !== "SELF",
      authorityVerified: detail.authority.at !== null,
      directMarketing: detail.directMarketing,
      customerToRouteTo: false,
      requesterWroteLast: false,
      uncheckedItems: detail.checklist.filter((item) => !item.done).length,
      actions: detail.actions,
    });
    /** The case page's parts, as the page places them, for a reader of this language. */
    const render = async (locale: Locale) => {
      const actor = { ...officer, locale };
      const page = createElement(
        Fragment,
        null,
        createElement(CaseHeader, { detail, locale }),
        createElement(CaseDetailsPanel, { detail, locale }),
        createElement(CaseChecklist, { detail, canTick: true }),
        createElement(CaseTimeline, { timeline, locale }),
        createElement(CaseActions, { detail, staff, actor, next }),
        createElement(DeadlinePanel, { detail, locale }),
        createElement(RequesterPanel, { detail, needsReason: false }),
        await CaseCustomerPanel({ caseId, actor }),
        createElement(CaseRoutingPanel, { detail, routing, locale }),
        await LegalHoldForm({ caseId, actor }),
      );
      return renderToStaticMarkup(MessagesProvider({ locale, messages: messages[locale], children: page }));
    };
    const html = await render("zh");
    for (const words of [
      "← 案件队列",
      "通过电子邮件收到",
      "负责人：李伟",
      "数据项",
      "电子邮件未确认",
      "期限：",
      "已在所有系统中更正数据",
      "时间线",
      "给请求人的信息 · 李伟",
      "内部备注 · 李伟",
      "操作",
      "保存分配",
      "延长期限",
      "办结并通知",
      "查看联系方式",
      "企业客户匹配",
      "保留",
      "下一步：",
    ]) {
      expect(html, words).toContain(words);
    }
    expect(englishIn(html)).toEqual([]);
    for (const english of ["Message to the requester", "Internal note", "Deadline", "Checklist", "Actions", " UTC;"]) {
      expect(html).not.toContain(english);
    }

    // The same page for an English reader, in the words the e2e specs look for (and the check above finds them).
    const english = await render("en");
    expect(english).toContain('<span class="font-medium">Next step: </span>Verify identity');
    expect(english).toContain("Message to the requester · 李伟");
    expect(englishIn(english)).toEqual(expect.arrayContaining(["Deadline", "Checklist", "Save assignment"]));
  });
});

import { inRequestScope, sessionCookieFor } from "../support/request-scope";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as caseSummary } from "@/app/api/v1/cases/[reference]/route";
import { POST as intake } from "@/app/api/v1/requests/route";
import { assignAction } from "@/lib/actions/staff/case";
import type { Actor } from "@/lib/auth/guards";
import { submitRequest } from "@/lib/server/intake/submit-request";
import { verifyByLink } from "@/lib/server/intake/verify-email";
import { fromClient } from "../support/client";
import { lastEmailPayload } from "../support/outbox";
import { correctionRequest } from "../support/requests";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/** Refusals are worded where they are shown: a staff form in the staff member's language, the API in the request's. */
describe("the language of a refusal", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  async function analyst(locale: "en" | "zh") {
    const staff = await createStaff(database.prisma, { role: "ANALYST" });
    await database.prisma.user.update({ where: { id: staff.id }, data: { locale } });
    return staff;
  }

  async function openCase(): Promise<string> {
    const { caseId } = await submitRequest({ request: correctionRequest(), channel: "WEB", ip: "203.0.113.40" });
    const { token } = await lastEmailPayload<{ token: string }>(database.prisma, caseId!, "requester-verification");
    await verifyByLink({ token });
    return caseId!;
  }

  const assign = async (staff: Actor, fields: Record<string, string>) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    // A browser that prefers English: a staff form still answers in the staff member's own language.
    const headers = { cookie: await sessionCookieFor(staff), "accept-language": "en-GB,en;q=0.9" };
    return inRequestScope("http://localhost/cases", headers, () => assignAction(undefined, form));
  };

  it("a staff form answers an analyst assigning a case to someone else in the analyst's language", async () => {
    const caseId = await openCase();
    const other = await createStaff(database.prisma, { role: "PRIVACY_OFFICER" });
    const inChinese = await assign(await analyst("zh"), { caseId, assigneeId: other.id });
    expect(inChinese.status).toBe("error");
    expect(inChinese.error).toEqual({ "": ["分析员只能将案件分配给自己。"] });
    const inEnglish = await assign(await analyst("en"), { caseId, assigneeId: other.id });
    expect(inEnglish.error).toEqual({ "": ["Analysts can assign cases to themselves only."] });
  });

  it("a staff form's field errors stay keys, which the form's hook words in the page's language", async () => {
    const refused = await assign(await analyst("zh"), { caseId: "not-a-case", assigneeId: "none" });
    expect(refused.error).toEqual({ caseId: ["unknown_case"] });
  });

  it("the API answers a refusal in the language the request accepts, English by default", async () => {
    const url = "http://localhost/api/v1/cases/DSR-1999-999999";
    const ask = (headers: Record<string, string>) =>
      inRequestScope(url, headers, () =>
        caseSummary(new Request(url, { headers }), { params: Promise.resolve({ reference: "DSR-1999-999999" }) }),
      );
    const chinese = await ask({ "accept-language": "zh-CN,zh;q=0.9" });
    expect(chinese.status).toBe(401);
    expect(await chinese.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: "请登录后继续。" } });
    const english = await ask({});
    expect(await english.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: "Sign in to continue." } });

    const officer = await createStaff(database.prisma);
    const missing = await ask({ cookie: await sessionCookieFor(officer), "accept-language": "zh-CN" });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: "NOT_FOUND", message: "没有该编号的案件。" } });
  });

  it("the intake API keeps its field errors as keys and words the message in the request's language", async () => {
    const body = { ...correctionRequest(), requester: { ...correctionRequest().requester, email: "not an address" } };
    const response = await intake(
      new Request("http://localhost/api/v1/requests", {
        method: "POST",
        headers: { "content-type": "application/json", "accept-language": "zh-CN", ...fromClient("192.0.2.141") },
        body: JSON.stringify(body),
      }),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: "VALIDATION",
        message: "请检查标出的字段。",
        fieldErrors: { "requester.email": ["invalid_email"] },
      },
    });
  });
});

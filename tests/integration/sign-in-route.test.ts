import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/auth/[...nextauth]/route";
import { env } from "@/lib/config/env";
import { signInAction } from "@/lib/actions/public/sign-in";
import { authenticateStaff } from "@/lib/auth/authenticate-staff";
import { fromClient } from "../support/client";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const ATTACKER = "203.0.113.9";
const OWNER = "198.51.100.23";
const BASE = "http://localhost";

/** A CSRF token and its cookie, as the sign-in form gets them. */
async function csrf(): Promise<{ token: string; cookie: string }> {
  const response = await GET(new NextRequest(`${BASE}/api/auth/csrf`));
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { token: csrfToken, cookie };
}

async function postSignIn(email: string, password: string, headers: Record<string, string>): Promise<Response> {
  const { token, cookie } = await csrf();
  return POST(
    new NextRequest(`${BASE}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie, ...headers },
      body: new URLSearchParams({ email, password, csrfToken: token, callbackUrl: "/cases" }).toString(),
    }),
  );
}

const sessionSet = (response: Response) =>
  response.headers.getSetCookie().some((c) => c.startsWith("authjs.session-token="));

describe("the sign-in endpoint", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it("the sign-in form refuses bad fields with their message keys before Auth.js is asked, never echoing the password", async () => {
    const form = new FormData();
    form.set("email", "  ");
    form.set("password", "");
    form.set("callbackUrl", "/cases");
    const empty = await signInAction(undefined, form);
    expect(empty.error).toEqual({ email: ["email_required"], password: ["password_required"] });
    form.set("email", "not an address");
    form.set("password", "a secret typed here");
    const malformed = await signInAction(undefined, form);
    expect(malformed.error).toEqual({ email: ["invalid_email"] });
    expect(malformed.initialValue).toEqual({ email: "not an address", callbackUrl: "/cases" });
  });

  it("answers 429 with Retry-After to the address that must wait, in its language, and lets the owner in from elsewhere", async () => {
    const staff = await createStaff(database.prisma);
    for (let i = 0; i < env().SIGN_IN_FAILURES_BEFORE_DELAY; i++) {
      await authenticateStaff({ email: staff.email, password: "wrong" }, { clientAddress: ATTACKER }).catch(() => {});
    }

    const refused = await postSignIn(staff.email.toUpperCase(), staff.password, fromClient(ATTACKER));
    expect(refused.status).toBe(429);
    const wait = Number(refused.headers.get("retry-after"));
    expect(wait).toBeGreaterThan(25);
    expect(wait).toBeLessThanOrEqual(30);
    expect(await refused.json()).toMatchObject({
      error: { code: "RATE_LIMITED", message: `Too many failed sign-in attempts. Try again in ${wait} seconds.` },
    });
    expect(sessionSet(refused)).toBe(false);

    const inChinese = await postSignIn(staff.email, staff.password, {
      ...fromClient(ATTACKER),
      "accept-language": "zh-CN,zh;q=0.9",
    });
    expect(inChinese.status).toBe(429);
    const { error } = (await inChinese.json()) as { error: { message: string } };
    expect(error.message).toMatch(/^登录失败次数过多，请在\d+秒钟?后重试。$/);

    const owner = await postSignIn(staff.email, staff.password, fromClient(OWNER));
    expect(owner.status).toBe(302);
    expect(owner.headers.get("location")).toBe(`${BASE}/cases`);
    expect(sessionSet(owner)).toBe(true);
  });

  it("counts a wrong password sent to the endpoint against the address it came from", async () => {
    const staff = await createStaff(database.prisma);
    const address = "192.0.2.77";
    for (let i = 0; i < env().SIGN_IN_FAILURES_BEFORE_DELAY; i++) {
      const response = await postSignIn(staff.email, "wrong", fromClient(address));
      expect(response.headers.get("location")).toContain("code=invalid");
    }
    expect((await postSignIn(staff.email, staff.password, fromClient(address))).status).toBe(429);
    expect(sessionSet(await postSignIn(staff.email, staff.password, fromClient(OWNER)))).toBe(true);
  });
});

import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/auth/[...nextauth]/route";
import { SIGN_IN_MAX_FAILURES } from "@/lib/auth/sign-in-throttle";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("the sign-in endpoint", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it("answers 429 with a clear message once an account has 5 failures within 15 minutes", async () => {
    const staff = await createStaff(database.prisma);
    await database.prisma.signInFailure.createMany({
      data: Array.from({ length: SIGN_IN_MAX_FAILURES }, () => ({ email: staff.email })),
    });
    const form = new URLSearchParams({ email: staff.email.toUpperCase(), password: staff.password, csrfToken: "x" });
    const response = await POST(
      new NextRequest("http://localhost/api/auth/callback/credentials", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: form.toString(),
      }),
    );
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("900");
    expect(await response.json()).toMatchObject({
      error: { message: "Too many failed sign-in attempts. Try again later." },
    });
  });
});

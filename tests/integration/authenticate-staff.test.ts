import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateStaff, SignInRefused } from "@/lib/server/auth/authenticate-staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createStaff } from "../support/staff";

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SignInRefused);
  return (error as SignInRefused).reason;
}

describe("staff sign-in", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it("accepts the right password, case-insensitively on the email, and audits it", async () => {
    const staff = await createStaff(database.prisma);
    const signedIn = await authenticateStaff({ email: staff.email.toUpperCase(), password: staff.password });
    expect(signedIn).toMatchObject({ id: staff.id, role: "PRIVACY_OFFICER" });
    const events = await database.prisma.auditEvent.findMany({ where: { actorId: staff.id, type: "auth.sign_in" } });
    expect(events).toHaveLength(1);
  });

  it("stores passwords as argon2id hashes", async () => {
    const staff = await createStaff(database.prisma);
    const user = await database.prisma.user.findUniqueOrThrow({ where: { id: staff.id } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain(staff.password);
  });

  it("refuses a wrong password and an unknown account with the same answer", async () => {
    const staff = await createStaff(database.prisma);
    expect(await refusal(authenticateStaff({ email: staff.email, password: "wrong" }))).toBe("invalid");
    expect(await refusal(authenticateStaff({ email: "nobody@example.com", password: "wrong" }))).toBe("invalid");
  });

  it("refuses a disabled account even with the right password", async () => {
    const staff = await createStaff(database.prisma, { disabled: true });
    expect(await refusal(authenticateStaff({ email: staff.email, password: staff.password }))).toBe("disabled");
  });

  it("locks an account after 5 failures within 15 minutes, then lets it in once the window has passed", async () => {
    const staff = await createStaff(database.prisma);
    const start = new Date();
    for (let i = 0; i < 5; i++) {
      const at = new Date(start.getTime() + i * 60_000);
      expect(await refusal(authenticateStaff({ email: staff.email, password: "wrong" }, at))).toBe("invalid");
    }
    const sixth = new Date(start.getTime() + 5 * 60_000);
    // Even the right password is refused while locked.
    expect(await refusal(authenticateStaff({ email: staff.email, password: staff.password }, sixth))).toBe(
      "rate_limited",
    );
    const later = new Date(start.getTime() + 4 * 60_000 + 15 * 60_000 + 1000);
    await expect(authenticateStaff({ email: staff.email, password: staff.password }, later)).resolves.toMatchObject({
      id: staff.id,
    });
  });

  it("counts failures per account: another account is not locked", async () => {
    const locked = await createStaff(database.prisma);
    const other = await createStaff(database.prisma);
    for (let i = 0; i < 5; i++) await refusal(authenticateStaff({ email: locked.email, password: "wrong" }));
    expect(await refusal(authenticateStaff({ email: locked.email, password: locked.password }))).toBe("rate_limited");
    await expect(authenticateStaff({ email: other.email, password: other.password })).resolves.toBeTruthy();
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIGN_IN_FAILURE_MEMORY_MS, signInWaitSeconds } from "@/lib/auth/sign-in-throttle";
import { env } from "@/lib/config/env";
import { FIRST_SIGN_IN_DELAY_MS } from "@/lib/domain/auth/sign-in-delay";
import { failedSignInNoticeText } from "@/lib/i18n/sign-in-texts";
import { runPeriodicSweeps } from "@/lib/jobs/periodic-sweeps";
import { authenticateStaff, SignInRefused } from "@/lib/auth/authenticate-staff";
import { dismissFailedSignInNotice } from "@/lib/server/auth/dismiss-failed-sign-in-notice";
import { failedSignInNotice } from "@/lib/server/auth/failed-sign-in-notice";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createStaff } from "../support/staff";

const SECOND = 1000;
const ATTACKER = { clientAddress: "203.0.113.66" };
const OWNER = { clientAddress: "198.51.100.7" };

async function refusal(promise: Promise<unknown>): Promise<SignInRefused> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SignInRefused);
  return error as SignInRefused;
}
const reason = async (promise: Promise<unknown>) => (await refusal(promise)).reason;

describe("staff sign-in", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  const free = () => env().SIGN_IN_FAILURES_BEFORE_DELAY;
  const guess = (email: string, client: { clientAddress: string }, at?: Date, password = "wrong guess") =>
    authenticateStaff({ email, password }, client, at);

  it("accepts the right password, case-insensitively on the email, and audits it", async () => {
    const staff = await createStaff(database.prisma);
    const signedIn = await authenticateStaff({ email: staff.email.toUpperCase(), password: staff.password }, OWNER);
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
    expect(await reason(guess(staff.email, OWNER))).toBe("invalid");
    expect(await reason(guess("nobody@example.com", OWNER))).toBe("invalid");
  });

  it("refuses a disabled account even with the right password", async () => {
    const staff = await createStaff(database.prisma, { disabled: true });
    expect(await reason(guess(staff.email, OWNER, undefined, staff.password))).toBe("disabled");
  });

  it("does not let an attacker's failures keep the owner out from another address", async () => {
    const owner = await createStaff(database.prisma);
    const now = new Date();
    for (let i = 0; i < 10; i++) await refusal(guess(owner.email, ATTACKER, now));
    // The attacker's address waits, even with the right password...
    expect(await reason(guess(owner.email, ATTACKER, now, owner.password))).toBe("rate_limited");
    // ...the owner, elsewhere, signs in at once.
    await expect(guess(owner.email, OWNER, now, owner.password)).resolves.toMatchObject({ id: owner.id });
  });

  it("makes one address wait longer after each failure, refusing early attempts unchecked, until a success", async () => {
    const staff = await createStaff(database.prisma);
    let at = new Date("2026-11-02T09:00:00Z");
    const later = (ms: number) => (at = new Date(at.getTime() + ms));
    for (let i = 1; i < free(); i++) expect(await reason(guess(staff.email, OWNER, at))).toBe("invalid");

    // Each failure past the free tries doubles the wait; an attempt inside it is refused before its
    // password is checked (the right one would have been accepted) and says how long is left.
    for (const wait of [FIRST_SIGN_IN_DELAY_MS, 2 * FIRST_SIGN_IN_DELAY_MS, 4 * FIRST_SIGN_IN_DELAY_MS]) {
      expect(await reason(guess(staff.email, OWNER, at))).toBe("invalid");
      const early = await refusal(guess(staff.email, OWNER, later(wait - 10 * SECOND), staff.password));
      expect(early).toMatchObject({ reason: "rate_limited", retryAfterSeconds: 10 });
      later(10 * SECOND);
    }
    await expect(guess(staff.email, OWNER, at, staff.password)).resolves.toMatchObject({ id: staff.id });
    // The success started this address afresh: its free tries are back.
    for (let i = 0; i < free(); i++) expect(await reason(guess(staff.email, OWNER, at))).toBe("invalid");
    expect(await reason(guess(staff.email, OWNER, at))).toBe("rate_limited");

    // Without a success, the failures are forgotten a day after the address's last attempt.
    const nextDay = new Date(at.getTime() + SIGN_IN_FAILURE_MEMORY_MS + SECOND);
    expect(await reason(guess(staff.email, OWNER, nextDay))).toBe("invalid");
  });

  it("doubles the wait from 30 seconds up to SIGN_IN_MAX_DELAY_SECONDS (defaults: 3 free tries, 15 minutes)", async () => {
    const staff = await createStaff(database.prisma);
    let at = new Date("2026-11-03T09:00:00Z");
    const waits: number[] = [];
    for (let i = 0; i < 10; i++) {
      expect(await reason(guess(staff.email, OWNER, at))).toBe("invalid");
      const wait = await signInWaitSeconds(database.prisma, staff.email, OWNER.clientAddress, at);
      waits.push(wait);
      at = new Date(at.getTime() + wait * SECOND);
    }
    expect(waits).toEqual([0, 0, 30, 60, 120, 240, 480, 900, 900, 900]);
  });

  it("checks at most the free tries when 20 wrong passwords arrive at once", async () => {
    const staff = await createStaff(database.prisma);
    const now = new Date();
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => guess(staff.email, ATTACKER, now)));
    const reasons = results.map((r) => (r.status === "rejected" ? (r.reason as SignInRefused).reason : "accepted"));
    expect(reasons.filter((r) => r === "invalid")).toHaveLength(free());
    expect(reasons.filter((r) => r === "rate_limited")).toHaveLength(20 - free());
    // Only the passwords actually checked count as failures on the account.
    const user = await database.prisma.user.findUniqueOrThrow({ where: { id: staff.id } });
    expect(user.failedSignIns).toBe(free());
    expect(await reason(guess(staff.email, ATTACKER, now, staff.password))).toBe("rate_limited");
  });

  it("refuses one address past its failed sign-ins for the hour across accounts, not another address", async () => {
    const sprayer = { clientAddress: "2001:db8:5:6:1::1" };
    // Another address in the same /64 is the same network.
    const sameNetwork = { clientAddress: "2001:db8:5:6:ffff::2" };
    const staff = await createStaff(database.prisma);
    const now = new Date("2026-11-04T09:10:00Z");
    const limit = env().SIGN_IN_FAILURES_PER_IP_HOUR;
    for (let i = 0; i < limit; i++) {
      const address = i % 2 ? sprayer : sameNetwork;
      expect(await reason(guess(`sprayed-${i}@example.com`, address, now))).toBe("invalid");
    }
    const refused = await refusal(guess("one-more@example.com", sprayer, now));
    expect(refused).toMatchObject({ reason: "rate_limited", retryAfterSeconds: 50 * 60 });
    expect(await reason(guess(staff.email, sameNetwork, now, staff.password))).toBe("rate_limited");
    await expect(guess(staff.email, OWNER, now, staff.password)).resolves.toMatchObject({ id: staff.id });
  });

  it("tells the owner at the next sign-in how many failures there were and when the last was", async () => {
    const owner = await createStaff(database.prisma);
    const start = new Date("2026-11-05T08:00:00Z");
    const times = [0, 1, 2, 3].map((m) => new Date(start.getTime() + m * 60 * SECOND));
    for (const at of times) await refusal(guess(owner.email, ATTACKER, at));
    expect(await failedSignInNotice(owner.id)).toBeNull(); // shown at the next sign-in, not before

    await guess(owner.email, OWNER, new Date("2026-11-05T09:00:00Z"), owner.password);
    const notice = await failedSignInNotice(owner.id);
    expect(notice).toEqual({ failures: 4, lastFailureAt: times[3] });
    expect(failedSignInNoticeText("en", notice!)).toBe(
      "There were 4 failed sign-in attempts on your account since your previous sign-in, the last on 5 Nov 2026, 08:03 UTC. If they were not you, tell an administrator.",
    );
    expect(failedSignInNoticeText("zh", notice!)).toContain("有 4 次登录失败");
    const signIn = await database.prisma.auditEvent.findFirstOrThrow({
      where: { actorId: owner.id, type: "auth.sign_in" },
    });
    expect(signIn.data).toEqual({ failedSignInsBefore: 4 });

    // Dismissed, it goes (audited once); the next sign-in with no failures before it shows nothing.
    const actor = { ...owner, ip: OWNER.clientAddress };
    expect(await dismissFailedSignInNotice(actor)).toEqual({ dismissed: true });
    expect(await dismissFailedSignInNotice(actor)).toEqual({ dismissed: false });
    expect(await failedSignInNotice(owner.id)).toBeNull();
    const dismissed = await database.prisma.auditEvent.findMany({
      where: { actorId: owner.id, type: "auth.failed_sign_ins_dismissed" },
    });
    expect(dismissed.map((e) => e.data)).toEqual([{ failedSignIns: 4 }]);
    await guess(owner.email, OWNER, new Date("2026-11-05T10:00:00Z"), owner.password);
    expect(await failedSignInNotice(owner.id)).toBeNull();
  });

  it("keeps failed and refused attempts out of the audit trail and stores neither address, email nor password", async () => {
    const staff = await createStaff(database.prisma);
    const eventsBefore = await database.prisma.auditEvent.count();
    const typed = "typed-secret-Zx81";
    const unknown = "someone-real@example.org";
    for (let i = 0; i < 8; i++) {
      await refusal(guess(staff.email, ATTACKER, undefined, typed));
      await refusal(guess(unknown, ATTACKER, undefined, typed));
    }
    expect(await database.prisma.auditEvent.count()).toBe(eventsBefore);
    for (const needle of [typed, unknown, ATTACKER.clientAddress, staff.email]) {
      for (const table of ["AuditEvent", "SignInThrottle", "RateLimitBucket"]) {
        const [row] = await database.prisma.$queryRawUnsafe<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM "${table}" t WHERE t::text ILIKE $1`,
          `%${needle}%`,
        );
        expect(row!.n, `${needle} in ${table}`).toBe(0);
      }
    }
  });

  it("forgets an address's failures in the periodic sweep a day after its last attempt", async () => {
    const staff = await createStaff(database.prisma);
    const at = new Date("2026-11-06T09:00:00Z");
    await refusal(guess(staff.email, { clientAddress: "192.0.2.200" }, at));
    const rows = () => database.prisma.signInThrottle.count({ where: { lastAttemptAt: at } });
    await runPeriodicSweeps(database.prisma, new Date(at.getTime() + SIGN_IN_FAILURE_MEMORY_MS - SECOND));
    expect(await rows()).toBe(1);
    await runPeriodicSweeps(database.prisma, new Date(at.getTime() + SIGN_IN_FAILURE_MEMORY_MS + SECOND));
    expect(await rows()).toBe(0);
  });
});

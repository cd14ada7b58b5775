import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptInvitationAction } from "@/lib/actions/public/accept-invitation";
import type { Actor } from "@/lib/auth/guards";
import { hashToken } from "@/lib/crypto/tokens";
import { renderEmail } from "@/lib/email/render-email";
import { templates } from "@/lib/email/templates";
import { AppError } from "@/lib/errors/app-error";
import { authenticateStaff, SignInRefused } from "@/lib/auth/authenticate-staff";
import { acceptInvitation } from "@/lib/server/users/accept-invitation";
import { changeStaffRole } from "@/lib/server/users/change-staff-role";
import { inviteStaff } from "@/lib/server/users/invite-staff";
import { listStaff } from "@/lib/server/users/list-staff";
import { resendInvitation } from "@/lib/server/users/resend-invitation";
import { setStaffDisabled } from "@/lib/server/users/set-staff-disabled";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const HOUR = 3_600_000;
const NEW_PASSWORD = "a long enough new password";
/** Where these sign-ins come from (the throttle counts per account and address). */
const CLIENT = { clientAddress: "192.0.2.10" };

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** The codes of the rejected outcomes: expected refusals, not deadlocks or other database errors. */
function refusals(results: PromiseSettledResult<unknown>[]): string[] {
  return results.flatMap((r) =>
    r.status === "rejected" ? [r.reason instanceof AppError ? r.reason.code : String(r.reason)] : [],
  );
}

describe("staff administration", () => {
  let database: TestDatabase;
  let admin: Actor;
  let emailCounter = 0;
  const freshEmail = () => `invitee-${++emailCounter}-${Date.now()}@example.com`;

  /** Everything a refused action must leave untouched. */
  async function snapshot() {
    const p = database.prisma;
    return {
      users: await p.user.findMany({ orderBy: { id: "asc" }, select: { id: true, role: true, disabled: true } }),
      invitations: await p.staffInvitation.count(),
      emails: await p.outboxEmail.count(),
      audit: await p.auditEvent.count(),
    };
  }

  /** The link token as the invitee receives it (before the worker strips it from the outbox row). */
  async function tokenSentTo(email: string): Promise<string> {
    const row = await database.prisma.outboxEmail.findFirstOrThrow({
      where: { to: email, template: "staff-invitation" },
      orderBy: { createdAt: "desc" },
    });
    return (row.payload as { token: string }).token;
  }

  async function invite(role: "ANALYST" | "PRIVACY_OFFICER" | "ADMIN" = "ANALYST", now = new Date()) {
    const email = freshEmail();
    const { userId } = await inviteStaff({ email, name: "Invited Person", role }, admin, now);
    return { email, userId, token: await tokenSentTo(email) };
  }

  /** Leaves exactly these administrators active (earlier tests create others). */
  async function onlyActiveAdmins(...ids: string[]) {
    await database.prisma.user.updateMany({ where: { role: "ADMIN", id: { notIn: ids } }, data: { disabled: true } });
    await database.prisma.user.updateMany({ where: { id: { in: ids } }, data: { disabled: false, role: "ADMIN" } });
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    admin = await createStaff(database.prisma, { role: "ADMIN" });
  });
  afterAll(() => database.drop());

  describe("inviting", () => {
    it("creates the account with an unusable password, a hashed 72-hour token, the email and the audit event", async () => {
      const now = new Date("2026-06-10T09:00:00Z");
      const email = freshEmail();
      const { userId, invitationId } = await inviteStaff(
        { email: `  ${email.toUpperCase()} `, name: " Ada Analyst ", role: "ANALYST" },
        { ...admin, ip: "203.0.113.9", userAgent: "Browser/1.0" },
        now,
      );
      const user = await database.prisma.user.findUniqueOrThrow({ where: { id: userId } });
      expect(user).toMatchObject({ email, name: "Ada Analyst", role: "ANALYST", disabled: false, lastSignInAt: null });
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);

      const token = await tokenSentTo(email);
      expect(Buffer.from(token, "base64url")).toHaveLength(32);
      const invitation = await database.prisma.staffInvitation.findUniqueOrThrow({ where: { id: invitationId } });
      expect(invitation).toMatchObject({ userId, tokenHash: hashToken(token), acceptedAt: null });
      expect(invitation.tokenHash).not.toContain(token);
      expect(invitation.expiresAt.toISOString()).toBe("2026-06-13T09:00:00.000Z");

      const mail = await database.prisma.outboxEmail.findFirstOrThrow({ where: { to: email } });
      const rendered = renderEmail(templates["staff-invitation"], mail.payload as never, {
        appUrl: "https://rd.example",
        locale: "en",
      });
      expect(rendered.text).toContain(`https://rd.example/invite/${token}`);
      expect(rendered.text).toContain(admin.name);
      expect(templates["staff-invitation"].secretFields).toEqual(["token"]);

      const audit = await database.prisma.auditEvent.findFirstOrThrow({
        where: { type: "user.invited", actorId: admin.id },
      });
      expect(audit.data).toEqual({ userId, role: "ANALYST", locale: "en", invitationId });
      expect(audit).toMatchObject({ actorKind: "STAFF", ip: "203.0.113.9", userAgent: "Browser/1.0" });
      expect(JSON.stringify(audit.data)).not.toMatch(/Ada|example\.com/);

      // Nobody can sign in to it before the invitation is accepted.
      const refused = await authenticateStaff({ email, password: "" }, CLIENT).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(SignInRefused);
    });

    it("answers an address already in use, in any case, with a field error and writes nothing", async () => {
      const before = await snapshot();
      const error = await failure(
        inviteStaff({ email: admin.email.toUpperCase(), name: "Twin", role: "ANALYST" }, admin),
      );
      expect(error.status).toBe(409);
      expect(error.fieldErrors?.email).toEqual(["staff_email_exists"]);
      expect(await snapshot()).toEqual(before);
    });

    it("checks the fields", async () => {
      const before = await snapshot();
      // A role that does not exist, as a tampered form would post it.
      const error = await failure(inviteStaff({ email: "nope", name: "", role: "OWNER" as never }, admin));
      expect(error.status).toBe(400);
      expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(["email", "name", "role"]);
      const empty = await failure(inviteStaff({ email: " ", name: "X", role: "ANALYST" }, admin));
      expect(empty.fieldErrors?.email).toEqual(["enter_email"]);
      expect(await snapshot()).toEqual(before);
    });

    it("lists invited people as pending until they accept", async () => {
      const { userId, token } = await invite();
      expect((await listStaff()).find((r) => r.id === userId)?.invitationExpiresAt).toBeInstanceOf(Date);
      await acceptInvitation({ token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
      expect((await listStaff()).find((r) => r.id === userId)?.invitationExpiresAt).toBeNull();
    });
  });

  describe("accepting an invitation", () => {
    it("sets the password once: the person signs in, and the link is used up", async () => {
      const { email, userId, token } = await invite("PRIVACY_OFFICER");
      expect(await acceptInvitation({ token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toEqual({
        userId,
      });
      const signedIn = await authenticateStaff({ email, password: NEW_PASSWORD }, CLIENT);
      expect(signedIn).toMatchObject({ id: userId, role: "PRIVACY_OFFICER" });
      const audit = await database.prisma.auditEvent.findFirstOrThrow({
        where: { type: "user.invitation_accepted", actorId: userId },
      });
      expect(audit).toMatchObject({ actorKind: "STAFF", data: { userId } });

      const again = await failure(
        acceptInvitation({ token, password: "another password 123", confirmPassword: "another password 123" }),
      );
      expect(again).toMatchObject({ code: "NOT_FOUND", message: "problems.invitationInvalid" });
      await expect(authenticateStaff({ email, password: NEW_PASSWORD }, CLIENT)).resolves.toMatchObject({ id: userId });
    });

    it("needs at least 12 characters, typed twice the same", async () => {
      const { token } = await invite();
      const short = await failure(acceptInvitation({ token, password: "short pass", confirmPassword: "short pass" }));
      expect(short.fieldErrors?.password).toEqual(["password_too_short:12"]);
      const mismatch = await failure(
        acceptInvitation({ token, password: NEW_PASSWORD, confirmPassword: `${NEW_PASSWORD}!` }),
      );
      expect(mismatch.fieldErrors?.confirmPassword).toEqual(["passwords_differ"]);
      // Still usable after the mistakes.
      await acceptInvitation({ token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    });

    it("the invitation form refuses a short or unrepeated password before the link is used, never echoing it", async () => {
      const { token, userId } = await invite();
      const form = new FormData();
      form.set("token", token);
      form.set("password", "short pass");
      form.set("confirmPassword", "short pass");
      const short = await acceptInvitationAction(undefined, form);
      expect(short.error?.password).toEqual(["password_too_short:12"]);
      form.set("password", NEW_PASSWORD);
      form.set("confirmPassword", "");
      const unrepeated = await acceptInvitationAction(undefined, form);
      expect(unrepeated.error?.confirmPassword).toEqual(["passwords_differ"]);
      expect(unrepeated.initialValue).toEqual({ token });
      const invitation = await database.prisma.staffInvitation.findFirstOrThrow({ where: { userId } });
      expect(invitation.acceptedAt).toBeNull();
    });

    it("gives one message for unknown, expired and disabled-account links, and changes nothing", async () => {
      const sentAt = new Date(Date.now() - 73 * HOUR);
      const expired = await invite("ANALYST", sentAt);
      const disabled = await invite();
      await setStaffDisabled({ userId: disabled.userId, disabled: true }, admin);
      const before = await snapshot();
      for (const token of ["not-a-token", "x".repeat(43), expired.token, disabled.token]) {
        const error = await failure(acceptInvitation({ token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
        expect(error).toMatchObject({ status: 404, message: "problems.invitationInvalid" });
      }
      expect(await snapshot()).toEqual(before);
      // Just inside the 72 hours it still works.
      const fresh = await invite("ANALYST", new Date(Date.now() - 71 * HOUR));
      await expect(
        acceptInvitation({ token: fresh.token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
      ).resolves.toMatchObject({ userId: fresh.userId });
    });

    it("lets exactly one of two simultaneous submissions through", async () => {
      const { email, userId, token } = await invite();
      const results = await Promise.allSettled([
        acceptInvitation({ token, password: "first password here", confirmPassword: "first password here" }),
        acceptInvitation({ token, password: "second password here", confirmPassword: "second password here" }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(refusals(results)).toEqual(["NOT_FOUND"]);
      const winner = results[0].status === "fulfilled" ? "first password here" : "second password here";
      await expect(authenticateStaff({ email, password: winner }, CLIENT)).resolves.toBeTruthy();
      const accepted = { type: "user.invitation_accepted", actorId: userId };
      expect(await database.prisma.auditEvent.count({ where: accepted })).toBe(1);
    });
  });

  describe("re-sending an invitation", () => {
    it("sends a new link and retires the old one", async () => {
      const { email, userId, token: first } = await invite();
      const { invitationId } = await resendInvitation({ userId }, admin);
      const second = await tokenSentTo(email);
      expect(second).not.toBe(first);
      expect(await database.prisma.staffInvitation.count({ where: { userId } })).toBe(1);
      const audit = await database.prisma.auditEvent.findFirstOrThrow({
        where: { type: "user.invitation_resent", actorId: admin.id },
        orderBy: { id: "desc" },
      });
      expect(audit.data).toEqual({ userId, invitationId });

      await expect(
        acceptInvitation({ token: first, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
      ).rejects.toMatchObject({ message: "problems.invitationInvalid" });
      await acceptInvitation({ token: second, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    });

    it("renews an expired invitation", async () => {
      const { userId, email } = await invite("ANALYST", new Date(Date.now() - 100 * HOUR));
      await resendInvitation({ userId }, admin);
      const token = await tokenSentTo(email);
      await expect(
        acceptInvitation({ token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
      ).resolves.toMatchObject({ userId });
    });

    it("is refused once the password is set, or for an account that was never invited", async () => {
      const { userId, token } = await invite();
      await acceptInvitation({ token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
      const before = await snapshot();
      expect((await failure(resendInvitation({ userId }, admin))).status).toBe(409);
      expect((await failure(resendInvitation({ userId: admin.id }, admin))).status).toBe(409);
      expect(await snapshot()).toEqual(before);
    });
  });

  describe("roles and disabling", () => {
    it("changes a role and audits the codes", async () => {
      const staff = await createStaff(database.prisma, { role: "ANALYST" });
      expect(await changeStaffRole({ userId: staff.id, role: "PRIVACY_OFFICER" }, admin)).toEqual({ changed: true });
      expect((await database.prisma.user.findUniqueOrThrow({ where: { id: staff.id } })).role).toBe("PRIVACY_OFFICER");
      const audit = await database.prisma.auditEvent.findFirstOrThrow({ where: { type: "user.role_changed" } });
      expect(audit).toMatchObject({
        actorId: admin.id,
        data: { userId: staff.id, role: { from: "ANALYST", to: "PRIVACY_OFFICER" } },
      });
      const before = await snapshot();
      expect(await changeStaffRole({ userId: staff.id, role: "PRIVACY_OFFICER" }, admin)).toEqual({ changed: false });
      expect(await snapshot()).toEqual(before);
    });

    it("disables and re-enables an account; a disabled account cannot sign in", async () => {
      const staff = await createStaff(database.prisma, { role: "ANALYST" });
      expect(await setStaffDisabled({ userId: staff.id, disabled: true }, admin)).toEqual({ changed: true });
      const refused = await authenticateStaff({ email: staff.email, password: staff.password }, CLIENT).catch(
        (e: unknown) => e,
      );
      expect((refused as SignInRefused).reason).toBe("disabled");
      expect(await setStaffDisabled({ userId: staff.id, disabled: false }, admin)).toEqual({ changed: true });
      await expect(authenticateStaff({ email: staff.email, password: staff.password }, CLIENT)).resolves.toBeTruthy();
      const types = (
        await database.prisma.auditEvent.findMany({
          where: { type: { in: ["user.disabled", "user.enabled"] }, actorId: admin.id },
          orderBy: { id: "asc" },
        })
      ).map((e) => [e.type, e.data]);
      expect(types.slice(-2)).toEqual([
        ["user.disabled", { userId: staff.id }],
        ["user.enabled", { userId: staff.id }],
      ]);
    });

    it("refuses to let an administrator disable themself", async () => {
      const before = await snapshot();
      const error = await failure(setStaffDisabled({ userId: admin.id, disabled: true }, admin));
      expect(error).toMatchObject({ status: 409, message: "problems.cannotDisableSelf" });
      expect(await snapshot()).toEqual(before);
    });

    it("keeps at least one active administrator", async () => {
      await onlyActiveAdmins(admin.id);
      const before = await snapshot();
      const demote = await failure(changeStaffRole({ userId: admin.id, role: "PRIVACY_OFFICER" }, admin));
      expect(demote.status).toBe(409);
      expect(demote.key).toBe("problems.lastActiveAdmin");
      expect(await snapshot()).toEqual(before);

      // With a second active administrator, one of them may step down.
      const second = await createStaff(database.prisma, { role: "ADMIN" });
      expect(await changeStaffRole({ userId: admin.id, role: "ANALYST" }, second)).toEqual({ changed: true });
      // ...and now the other is the last one: neither demoted nor disabled (also by a stale session).
      const beforeLast = await snapshot();
      expect((await failure(changeStaffRole({ userId: second.id, role: "AUDITOR" }, second))).status).toBe(409);
      expect((await failure(setStaffDisabled({ userId: second.id, disabled: true }, admin))).status).toBe(409);
      expect(await snapshot()).toEqual(beforeLast);
      // A disabled administrator does not count as active.
      await changeStaffRole({ userId: admin.id, role: "ADMIN" }, second);
      await setStaffDisabled({ userId: admin.id, disabled: true }, second);
      expect((await failure(changeStaffRole({ userId: second.id, role: "ANALYST" }, second))).status).toBe(409);
      await setStaffDisabled({ userId: admin.id, disabled: false }, second);
    });

    it("lets only one of two administrators demoting or disabling each other at once succeed", async () => {
      const a = await createStaff(database.prisma, { role: "ADMIN" });
      const b = await createStaff(database.prisma, { role: "ADMIN" });
      await onlyActiveAdmins(a.id, b.id);
      const demotions = await Promise.allSettled([
        changeStaffRole({ userId: b.id, role: "ANALYST" }, a),
        changeStaffRole({ userId: a.id, role: "ANALYST" }, b),
      ]);
      expect(demotions.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(refusals(demotions)).toEqual(["CONFLICT"]);
      expect(await database.prisma.user.count({ where: { role: "ADMIN", disabled: false } })).toBe(1);

      await onlyActiveAdmins(a.id, b.id);
      const disablings = await Promise.allSettled([
        setStaffDisabled({ userId: b.id, disabled: true }, a),
        setStaffDisabled({ userId: a.id, disabled: true }, b),
      ]);
      expect(disablings.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(refusals(disablings)).toEqual(["CONFLICT"]);
      expect(await database.prisma.user.count({ where: { role: "ADMIN", disabled: false } })).toBe(1);
      await onlyActiveAdmins(admin.id);
    });

    it("answers an unknown account with 404", async () => {
      const userId = "00000000-0000-4000-8000-000000000000";
      expect((await failure(changeStaffRole({ userId, role: "ANALYST" }, admin))).status).toBe(404);
      expect((await failure(setStaffDisabled({ userId, disabled: true }, admin))).status).toBe(404);
      expect((await failure(resendInvitation({ userId }, admin))).status).toBe(404);
    });
  });

  it("refuses every other role with FORBIDDEN and writes nothing", async () => {
    const { userId } = await invite();
    const target = await createStaff(database.prisma, { role: "ANALYST" });
    for (const role of ["PRIVACY_OFFICER", "ANALYST", "AUDITOR"] as const) {
      const actor = await createStaff(database.prisma, { role });
      const before = await snapshot();
      const attempts = [
        inviteStaff({ email: freshEmail(), name: "X", role: "ADMIN" }, actor),
        resendInvitation({ userId }, actor),
        changeStaffRole({ userId: actor.id, role: "ADMIN" }, actor),
        changeStaffRole({ userId: target.id, role: "ADMIN" }, actor),
        setStaffDisabled({ userId: target.id, disabled: true }, actor),
      ];
      for (const attempt of attempts) expect(await failure(attempt)).toMatchObject({ code: "FORBIDDEN", status: 403 });
      expect(await snapshot()).toEqual(before);
    }
  });
});

import "server-only";
import { env } from "@/lib/config/env";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
import { addressKey } from "@/lib/server/rate-limit/address-key";
import { RateLimited, secondsLeftInWindow, windowStartOf } from "@/lib/server/rate-limit/hit-rate-limit";
import { takeOneSql, takenRow } from "@/lib/server/rate-limit/take-one-sql";

/**
 * Limits per mailbox (not per request), so neither filing many requests nor asking for new codes gets
 * around them: how many verification emails one inbox gets a day, and how many wrong codes may be tried
 * for one address a day. Days are UTC days.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Counts one verification email to this mailbox today while under VERIFICATION_EMAILS_PER_ADDRESS_DAY;
 * returns a row exactly when the email may be queued (see takeOneSql).
 */
export function verificationEmailQuotaSql(email: string, now: Date): Prisma.Sql {
  const key = `verification-email:${addressKey(email)}`;
  return takeOneSql(key, env().VERIFICATION_EMAILS_PER_ADDRESS_DAY, DAY_MS, now);
}

/** No new verification email to this mailbox today: use a code already received, or try tomorrow. */
export function verificationEmailsHeld(now: Date): RateLimited {
  return new RateLimited("problems.verificationEmailsHeld", secondsLeftInWindow(now, DAY_MS), {
    request: ["verification_emails_held"],
  });
}

const wrongCodesKey = (email: string) => `verification-code-wrong:${addressKey(email)}`;

/**
 * Refuses code entry for this address once today's wrong codes reached the cap, whichever of its requests
 * they were typed for. Locks today's counter row first, so guesses on several requests in parallel are
 * counted one after another and cannot pass the cap together; the caller counts a wrong code with
 * countWrongCode in the same transaction. Returns how many wrong codes the address may still enter today
 * (at least 1), which the lock keeps true until the transaction ends.
 */
export async function checkWrongCodesToday(tx: Tx, email: string, now: Date): Promise<number> {
  const windowStart = windowStartOf(now, DAY_MS).toISOString();
  const [row] = await queryRows(
    tx,
    takenRow,
    Prisma.sql`
    INSERT INTO "RateLimitBucket" (key, "windowStart", count) VALUES (${wrongCodesKey(email)}, ${windowStart}::timestamptz, 0)
    ON CONFLICT (key, "windowStart") DO UPDATE SET count = "RateLimitBucket".count
    RETURNING count`,
  );
  const left = env().VERIFICATION_CODE_FAILURES_PER_ADDRESS_DAY - (row?.count ?? 0);
  if (left <= 0) {
    throw new RateLimited("problems.codeDailyLimit", secondsLeftInWindow(now, DAY_MS), { code: ["code_daily_limit"] });
  }
  return left;
}

export async function countWrongCode(tx: Tx, email: string, now: Date): Promise<void> {
  const windowStart = windowStartOf(now, DAY_MS).toISOString();
  await tx.$executeRaw`
    UPDATE "RateLimitBucket" SET count = count + 1
    WHERE key = ${wrongCodesKey(email)} AND "windowStart" = ${windowStart}::timestamptz`;
}

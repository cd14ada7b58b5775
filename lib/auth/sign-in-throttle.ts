import "server-only";
import { createHmac, hkdfSync } from "node:crypto";
import { z } from "zod";
import { env } from "@/lib/config/env";
import { rateLimitKeyFor } from "@/lib/http/client-address";
import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
import { signInDelaySchedule, type SignInDelayPolicy } from "@/lib/domain/auth/sign-in-delay";

/** The network's count in its window after this attempt. */
const networkCountRow = z.object({ count: z.number().int() });

/** The account's recent failures. */
const accountFailuresRow = z.object({ failures: z.number().int() });

/** An address's failures on an account are forgotten this long after its last attempt on it. */
export const SIGN_IN_FAILURE_MEMORY_MS = 24 * 60 * 60 * 1000;
const NETWORK_WINDOW_MS = 60 * 60 * 1000;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** What one sign-in attempt holds while its password is checked; given back if it succeeds. */
export interface SignInReservation {
  accountKey: string;
  networkKey: string;
  networkWindow: Date;
}

export type ReserveResult = { ok: true; reservation: SignInReservation } | { ok: false; retryAfterSeconds: number };

/**
 * Keys for the two counters. HMAC under a key derived from the server's secret rather than a plain hash:
 * the IPv4 space is small enough to reverse a plain SHA-256 of an address by trying them all; the keys
 * only need equality.
 */
function throttleKeys(email: string, clientAddress: string, now: Date) {
  // An IPv6 client counts by its /64 (a key clientIp() already gave stays as it is).
  const network = rateLimitKeyFor(clientAddress);
  const key = Buffer.from(hkdfSync("sha256", env().AUTH_SECRET, "", "rightsdesk sign-in throttle", 32));
  const mac = (value: string) => createHmac("sha256", key).update(value).digest("base64url");
  return {
    accountKey: mac(`sign-in:account\0${normalizeEmail(email)}\0${network}`),
    networkKey: `sign-in:network:${mac(`sign-in:network\0${network}`)}`,
    networkWindow: new Date(Math.floor(now.getTime() / NETWORK_WINDOW_MS) * NETWORK_WINDOW_MS),
  };
}

function delayPolicy(): SignInDelayPolicy {
  const config = env();
  return { freeFailures: config.SIGN_IN_FAILURES_BEFORE_DELAY, maxDelayMs: config.SIGN_IN_MAX_DELAY_SECONDS * 1000 };
}

const secondsUntil = (at: Date, now: Date) => Math.max(1, Math.ceil((at.getTime() - now.getTime()) / 1000));

/**
 * Counts this attempt as a failure BEFORE its password is checked, one conditional statement per
 * counter, so parallel attempts cannot all slip in under a limit (each upsert takes the row lock and
 * re-reads the row): first the network's hourly count across accounts (SIGN_IN_FAILURES_PER_IP_HOUR),
 * then this account from this network, refused while its wait (growing with its failures) runs. Only
 * this network waits: the owner signing in from elsewhere is not held up by someone else's guesses.
 */
export async function reserveSignInAttempt(
  client: Db | Tx,
  email: string,
  clientAddress: string,
  now = new Date(),
): Promise<ReserveResult> {
  const reservation = throttleKeys(email, clientAddress, now);
  const { accountKey, networkKey, networkWindow } = reservation;
  const network = await queryRows(
    client,
    networkCountRow,
    Prisma.sql`
    INSERT INTO "RateLimitBucket" AS b (key, "windowStart", count)
    VALUES (${networkKey}, ${networkWindow}::timestamptz, 1)
    ON CONFLICT (key, "windowStart") DO UPDATE SET count = b.count + 1
    WHERE b.count < ${env().SIGN_IN_FAILURES_PER_IP_HOUR}::int
    RETURNING count`,
  );
  if (network.length === 0) {
    return { ok: false, retryAfterSeconds: secondsUntil(new Date(networkWindow.getTime() + NETWORK_WINDOW_MS), now) };
  }

  const delays = signInDelaySchedule(delayPolicy());
  const forgetBefore = new Date(now.getTime() - SIGN_IN_FAILURE_MEMORY_MS);
  const account = await queryRows(
    client,
    accountFailuresRow,
    Prisma.sql`
    INSERT INTO "SignInThrottle" AS t (key, failures, "lastAttemptAt", "nextAttemptAt")
    VALUES (${accountKey}, 1, ${now}::timestamptz, ${now}::timestamptz + ${delays[0]}::int * interval '1 millisecond')
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN t."lastAttemptAt" < ${forgetBefore}::timestamptz THEN 1 ELSE t.failures + 1 END,
      "lastAttemptAt" = ${now}::timestamptz,
      "nextAttemptAt" = ${now}::timestamptz + (${delays}::int[])[LEAST(
        CASE WHEN t."lastAttemptAt" < ${forgetBefore}::timestamptz THEN 1 ELSE t.failures + 1 END,
        ${delays.length}::int
      )] * interval '1 millisecond'
    WHERE t."nextAttemptAt" <= ${now}::timestamptz
    RETURNING failures`,
  );
  if (account.length > 0) return { ok: true, reservation };

  await giveBackNetworkAttempt(client, reservation);
  return { ok: false, retryAfterSeconds: Math.max(1, await accountWaitSeconds(client, accountKey, now)) };
}

/** A successful sign-in: this account starts afresh from this network, and the network's try is returned. */
export async function clearSignInThrottle(client: Db | Tx, reservation: SignInReservation): Promise<void> {
  await client.signInThrottle.deleteMany({ where: { key: reservation.accountKey } });
  await giveBackNetworkAttempt(client, reservation);
}

/**
 * How long this address must wait before it may try this account (0: now), without counting anything:
 * the sign-in endpoint answers 429 before Auth.js runs. reserveSignInAttempt is what holds.
 */
export async function signInWaitSeconds(
  client: Db | Tx,
  email: string,
  clientAddress: string,
  now = new Date(),
): Promise<number> {
  const { accountKey, networkKey, networkWindow } = throttleKeys(email, clientAddress, now);
  const bucket = await client.rateLimitBucket.findUnique({
    where: { key_windowStart: { key: networkKey, windowStart: networkWindow } },
  });
  if (bucket && bucket.count >= env().SIGN_IN_FAILURES_PER_IP_HOUR) {
    return secondsUntil(new Date(networkWindow.getTime() + NETWORK_WINDOW_MS), now);
  }
  return accountWaitSeconds(client, accountKey, now);
}

async function accountWaitSeconds(client: Db | Tx, accountKey: string, now: Date): Promise<number> {
  const row = await client.signInThrottle.findUnique({ where: { key: accountKey } });
  return row && row.nextAttemptAt > now ? secondsUntil(row.nextAttemptAt, now) : 0;
}

async function giveBackNetworkAttempt(client: Db | Tx, reservation: SignInReservation): Promise<void> {
  await client.rateLimitBucket.updateMany({
    where: { key: reservation.networkKey, windowStart: reservation.networkWindow, count: { gt: 0 } },
    data: { count: { decrement: 1 } },
  });
}

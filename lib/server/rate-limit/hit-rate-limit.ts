import "server-only";
import { z } from "zod";
import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
import { AppError, type FieldErrors, type ProblemKey } from "@/lib/errors/app-error";

/** A counter after its increment. */
const counterRow = z.object({ key: z.string(), count: z.number().int() });

export interface RateLimitRule {
  key: string;
  limit: number;
  windowMs: number;
  /** Why, for the whole form or the API's answer (a `problems` key). */
  message: ProblemKey;
  /** Message keys for a form to show next to a field, in the person's language. */
  fieldErrors?: FieldErrors;
}

/** The start of the fixed window `now` falls in (days start at 00:00 UTC). */
export function windowStartOf(now: Date, windowMs: number): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/** Seconds from `now` to the end of its window, for Retry-After. */
export function secondsLeftInWindow(now: Date, windowMs: number): number {
  return Math.ceil((windowStartOf(now, windowMs).getTime() + windowMs - now.getTime()) / 1000);
}

/**
 * Counts one hit against each rule's key in its fixed window (one statement for all rules) and refuses
 * with the first rule passed. Kept in the database so the limits hold across instances.
 */
export async function hitRateLimits(client: Db | Tx, rules: RateLimitRule[], now = new Date()): Promise<void> {
  const windows = rules.map((r) => windowStartOf(now, r.windowMs));
  const rows = await queryRows(
    client,
    counterRow,
    Prisma.sql`
    INSERT INTO "RateLimitBucket" (key, "windowStart", count)
    SELECT k, w, 1 FROM unnest(${rules.map((r) => r.key)}::text[], ${windows}::timestamptz[]) AS t(k, w)
    ON CONFLICT (key, "windowStart") DO UPDATE SET count = "RateLimitBucket".count + 1
    RETURNING key, count`,
  );
  const counts = new Map(rows.map((r) => [r.key, r.count]));
  rules.forEach((rule) => {
    if ((counts.get(rule.key) ?? 0) > rule.limit) {
      throw new RateLimited(rule.message, secondsLeftInWindow(now, rule.windowMs), rule.fieldErrors);
    }
  });
}

export class RateLimited extends AppError {
  constructor(
    message: ProblemKey,
    readonly retryAfterSeconds: number,
    fieldErrors?: FieldErrors,
  ) {
    super("RATE_LIMITED", message, fieldErrors);
  }
}

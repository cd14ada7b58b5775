import "server-only";
import { env } from "@/lib/config/env";
import { openCaseWhere, overdueCaseWhere } from "@/lib/db/case-rules";
import type { Db, Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

const DAY_MS = 86_400_000;
const LISTED = 10;

export interface DigestResult {
  /** The UTC calendar day the digest is for (YYYY-MM-DD). */
  day: string;
  /** False before the configured hour, or when this day's digest was already queued. */
  queued: boolean;
  recipients: number;
}

interface Bucket {
  count: number;
  references: string[];
}

async function bucket(tx: Tx, where: Prisma.CaseWhereInput): Promise<Bucket> {
  const count = await tx.case.count({ where });
  const rows = await tx.case.findMany({
    where,
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take: LISTED,
    select: { reference: true },
  });
  return { count, references: rows.map((r) => r.reference) };
}

/**
 * Queues the privacy officers' (and administrators') daily digest once per UTC calendar day, not before
 * `hourUtc` (DIGEST_HOUR_UTC). The day is claimed by inserting its DigestRun row (ON CONFLICT DO NOTHING)
 * in the same transaction as the emails: two runners at once queue it once, and a failed run leaves the
 * day unclaimed for the next pass. The buckets match the queue's saved views the email links to; only
 * references are listed, never requester data.
 */
export async function queueDailyDigest(
  prisma: Db,
  now = new Date(),
  options: { hourUtc?: number } = {},
): Promise<DigestResult> {
  const hourUtc = options.hourUtc ?? env().DIGEST_HOUR_UTC;
  const day = now.toISOString().slice(0, 10);
  if (now.getUTCHours() < hourUtc) return { day, queued: false, recipients: 0 };
  return prisma.$transaction(async (tx) => {
    const claimed = await tx.digestRun.createMany({ data: [{ day, createdAt: now }], skipDuplicates: true });
    if (claimed.count === 0) return { day, queued: false, recipients: 0 };

    const open: Prisma.CaseWhereInput = openCaseWhere;
    const dueThisWeek = await bucket(tx, { ...open, dueAt: { gte: now, lte: new Date(now.getTime() + 7 * DAY_MS) } });
    const overdue = await bucket(tx, { ...open, ...overdueCaseWhere(now) });
    const unassigned = await bucket(tx, { ...open, assigneeId: null });

    const recipients = await tx.user.findMany({
      where: { role: { in: ["PRIVACY_OFFICER", "ADMIN"] }, disabled: false },
      select: { email: true, locale: true },
      orderBy: { email: "asc" },
    });
    for (const { email, locale } of recipients) {
      await enqueueEmail(tx, {
        template: "staff-daily-digest",
        to: email,
        locale,
        payload: { day, dueThisWeek, overdue, unassigned },
      });
    }
    await recordAuditEvent(tx, {
      type: "digest.queued",
      actorKind: "SYSTEM",
      data: {
        day,
        recipients: recipients.length,
        dueThisWeek: dueThisWeek.count,
        overdue: overdue.count,
        unassigned: unassigned.count,
      },
    });
    return { day, queued: true, recipients: recipients.length };
  });
}

import type { Db } from "@/lib/db/client";
import type { CaseStatus } from "@/lib/db/generated/client";
import { DEFAULT_POLICIES } from "@/lib/domain/deadlines";

const DAY = 86_400_000;

/**
 * A requester and a case of theirs written straight to the database (no use-case), for the sweeps and the
 * digest to find: an access request under the default policy, received 30 days before it falls due at
 * `dueAt`, in progress unless `status` says otherwise, its 7-day reminder pending unless `nextReminderAt`
 * says otherwise.
 */
export async function createCaseDueAt(
  prisma: Db,
  dueAt: Date,
  options: {
    reference: string;
    requester: { email: string; name: string };
    assigneeId: string | null;
    status?: CaseStatus;
    clockPausedAt?: Date | null;
    nextReminderAt?: Date | null;
  },
) {
  const requester = await prisma.requester.create({ data: options.requester });
  return prisma.case.create({
    data: {
      reference: options.reference,
      type: "ACCESS",
      status: options.status ?? "IN_PROGRESS",
      regime: "DEFAULT",
      channel: "WEB",
      receivedAt: new Date(dueAt.getTime() - 30 * DAY),
      dueAt,
      dueDate: dueAt.toISOString().slice(0, 10),
      originalDueAt: dueAt,
      nextReminderAt:
        options.nextReminderAt === undefined ? new Date(dueAt.getTime() - 7 * DAY) : options.nextReminderAt,
      policy: DEFAULT_POLICIES.DEFAULT,
      requesterId: requester.id,
      assigneeId: options.assigneeId,
      clockPausedAt: options.clockPausedAt ?? null,
    },
  });
}

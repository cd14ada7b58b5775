import type { Db } from "@/lib/db/client";
import type { Regime, RequestType } from "@/lib/db/generated/client";
import { calendarsWith, computeDeadline, DEFAULT_POLICIES, yearOf } from "@/lib/domain/deadlines";
import { deadlineColumns } from "@/lib/server/deadlines/case-deadline";

const TYPES: RequestType[] = [
  "ACCESS",
  "DELETION",
  "CORRECTION",
  "OBJECTION",
  "WITHDRAWAL",
  "GUARDIAN_INQUIRY",
  "OTHER",
];
const REGIMES: Regime[] = ["EU_GDPR", "UK_GDPR", "CN_PIPL", "US_CA_CCPA", "BR_LGPD", "DEFAULT"];
const DAY = 86_400_000;

/**
 * Inserts `count` cases received over the `spreadDays` before `now` (synthetic requesters at
 * example.com), with deadlines computed by the real engine; `closedShare` of them closed. Batched.
 */
export async function seedCases(
  prisma: Db,
  count: number,
  options: { now?: Date; spreadDays?: number; closedShare?: number } = {},
): Promise<string[]> {
  const now = options.now ?? new Date();
  const spread = options.spreadDays ?? 60;
  const closedEvery = options.closedShare ? Math.round(1 / options.closedShare) : 0;
  const calendars = calendarsWith();
  const references: string[] = [];
  const counters = new Map<number, number>();
  const batch = 1000;
  for (let offset = 0; offset < count; offset += batch) {
    const size = Math.min(batch, count - offset);
    const requesters = Array.from({ length: size }, (_, i) => ({
      id: crypto.randomUUID(),
      email: `bench-${offset + i}@example.com`,
      name: `Bench Requester ${offset + i}`,
    }));
    await prisma.requester.createMany({ data: requesters });
    const cases = requesters.map((r, i) => {
      const n = offset + i;
      const regime = REGIMES[n % REGIMES.length]!;
      const policy = DEFAULT_POLICIES[regime];
      const receivedAt = new Date(now.getTime() - ((n * 7919) % (spread * 24)) * (DAY / 24));
      const deadline = computeDeadline({ policy, receivedAt }, calendars);
      const year = yearOf(deadline.receivedDate);
      const number = (counters.get(year) ?? 0) + 1;
      counters.set(year, number);
      const reference = `DSR-${year}-${String(number).padStart(6, "0")}`;
      references.push(reference);
      return {
        reference,
        type: TYPES[n % TYPES.length]!,
        status: closedEvery && n % closedEvery === 0 ? ("CLOSED" as const) : ("IN_PROGRESS" as const),
        regime,
        channel: "WEB" as const,
        receivedAt,
        requesterId: r.id,
        policy: policy,
        ...deadlineColumns(deadline),
      };
    });
    await prisma.case.createMany({ data: cases });
  }
  for (const [year, last] of counters) {
    await prisma.referenceCounter.upsert({ where: { year }, create: { year, last }, update: { last } });
  }
  return references;
}

import type { Db } from "@/lib/db/client";
import type { Regime, RequestType } from "@/lib/db/generated/client";

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

/** Inserts `count` open cases (synthetic requesters at example.com) in batches; returns their references. */
export async function seedCases(prisma: Db, count: number, year = 2026): Promise<string[]> {
  const references: string[] = [];
  const batch = 1000;
  const start = Date.UTC(year, 0, 1);
  for (let offset = 0; offset < count; offset += batch) {
    const size = Math.min(batch, count - offset);
    const requesters = Array.from({ length: size }, (_, i) => ({
      id: crypto.randomUUID(),
      email: `bench-${offset + i}@example.com`,
      name: `Bench Requester ${offset + i}`,
    }));
    await prisma.requester.createMany({ data: requesters });
    const cases = requesters.map((r, i) => {
      const n = offset + i + 1;
      const receivedAt = new Date(start + (n % 300) * 86_400_000);
      const reference = `DSR-${year}-${String(n).padStart(6, "0")}`;
      references.push(reference);
      return {
        reference,
        type: TYPES[n % TYPES.length]!,
        status: n % 5 === 0 ? ("CLOSED" as const) : ("IN_PROGRESS" as const),
        regime: REGIMES[n % REGIMES.length]!,
        channel: "WEB" as const,
        receivedAt,
        dueAt: new Date(receivedAt.getTime() + 30 * 86_400_000),
        requesterId: r.id,
      };
    });
    await prisma.case.createMany({ data: cases });
  }
  await prisma.referenceCounter.upsert({
    where: { year },
    create: { year, last: count },
    update: { last: count },
  });
  return references;
}

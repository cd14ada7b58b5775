import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { countColumn, queryRows } from "@/lib/db/typed-rows";
import { auditEventHash } from "@/lib/domain/audit/audit-chain";

/**
 * Verifies the sealed part of the audit chain outside the database (hashes recomputed in TypeScript) and
 * names every event found altered, removed or inserted, not only the first: a reviewer wants the whole
 * damage. It only reads, pages by chain position with a keyset (memory stays flat however long the
 * trail), and reports the unsealed backlog the sealer has not linked yet.
 */

export type ChainProblem =
  "missing hash" | "content changed" | "deleted" | "inserted" | "link broken" | "outside the chain" | "kept head lost";

export interface ChainBreak {
  /** The event named, or null for events that are gone (then `position` names where they were). */
  id: bigint | null;
  /** The chain position (chainSeq) of the event named, or of the first one gone. */
  position: bigint | null;
  problem: ChainProblem;
  detail: string;
}

export interface ChainVerification {
  intact: boolean;
  /** Sealed events read. */
  events: number;
  /** The last sealed event: keep its position and hash elsewhere, to show later that nothing after it went. */
  head: { id: bigint; chainSeq: bigint; hash: string } | null;
  /** The first `maxProblems` problems, in chain order; `problemCount` counts them all. */
  problems: ChainBreak[];
  problemCount: number;
  /** Events committed but not sealed yet, and when the oldest of them was recorded. */
  unsealed: { count: number; oldestAt: Date | null };
}

/** An event as its hash covers it: ids and the data as text, so nothing is re-typed on the way. */
const chainRow = z.object({
  chainSeq: z.string(),
  id: z.string(),
  type: z.string(),
  caseId: z.string().nullable(),
  actorId: z.string().nullable(),
  actorKind: z.string(),
  dataText: z.string().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  createdAt: z.date(),
  prevHash: z.string().nullable(),
  hash: z.string().nullable(),
});
type ChainRow = z.infer<typeof chainRow>;

const backlogRow = z.object({ count: countColumn, oldestAt: z.date().nullable() });
const strayRow = z.object({ id: z.string() });

const short = (hash: string | null) => (hash === null ? "none" : hash.slice(0, 16));

/** What is wrong with one sealed event, given the sealed event read before it (null for the first). */
function check(row: ChainRow, previous: ChainRow | null): ChainBreak[] {
  const id = BigInt(row.id);
  const position = BigInt(row.chainSeq);
  const found: ChainBreak[] = [];
  const expected = previous ? BigInt(previous.chainSeq) + 1n : 1n;
  const expectedPrev = previous?.hash ?? null;
  if (position > expected) {
    const range = position - 1n === expected ? `position ${expected}` : `positions ${expected} to ${position - 1n}`;
    found.push({
      id: null,
      position: expected,
      problem: "deleted",
      detail: `the event at ${range} is gone (before event ${id})`,
    });
  } else if (row.prevHash !== expectedPrev) {
    if (previous && previous.prevHash === row.prevHash) {
      found.push({
        id: BigInt(previous.id),
        position: BigInt(previous.chainSeq),
        problem: "inserted",
        detail: `event ${previous.id} claims the same predecessor as event ${id} after it: it was put in afterwards`,
      });
    } else {
      found.push({
        id,
        position,
        problem: "link broken",
        detail: previous
          ? `event ${id} links to ${short(row.prevHash)}, but the event before it (${previous.id}) has hash ${short(previous.hash)}: an event between them was removed, or that one re-hashed`
          : `event ${id} is the first event but links to ${short(row.prevHash)}`,
      });
    }
  }
  if (!row.hash) {
    found.push({ id, position, problem: "missing hash", detail: `event ${id} has a position but no hash` });
  } else {
    const recomputed = auditEventHash({ ...row, id });
    if (recomputed !== row.hash) {
      found.push({
        id,
        position,
        problem: "content changed",
        detail: `event ${id} has hash ${short(row.hash)}, but its content hashes to ${short(recomputed)}`,
      });
    }
  }
  return found;
}

export async function verifyAuditChain(
  prisma: Db,
  options: {
    batchSize?: number;
    maxProblems?: number;
    /** A head printed by an earlier run and kept elsewhere: the chain must still hold it, unchanged. */
    keptHead?: { chainSeq: bigint; hash: string };
    onProgress?: (checked: number) => void;
  } = {},
): Promise<ChainVerification> {
  const batchSize = options.batchSize ?? 5000;
  const maxProblems = options.maxProblems ?? 100;
  const problems: ChainBreak[] = [];
  let problemCount = 0;
  const report = (found: ChainBreak[]) => {
    problemCount += found.length;
    problems.push(...found.slice(0, Math.max(0, maxProblems - problems.length)));
  };
  // The backlog is read before the chain: an event sealed meanwhile is counted in both, never in neither.
  const [backlog] = await queryRows(
    prisma,
    backlogRow,
    Prisma.sql`SELECT count(*) AS count, min("createdAt") AS "oldestAt" FROM "AuditEvent" WHERE "chainSeq" IS NULL`,
  );
  const strays = await queryRows(
    prisma,
    strayRow,
    Prisma.sql`SELECT id::text AS id FROM "AuditEvent"
      WHERE ("chainSeq" IS NULL AND (hash IS NOT NULL OR "prevHash" IS NOT NULL)) OR "chainSeq" < 1
      ORDER BY id LIMIT ${maxProblems}`,
  );
  let events = 0;
  let keptHeadFound: string | null | undefined;
  let previous: ChainRow | null = null;
  let after = "0";
  for (;;) {
    const rows = await queryRows(
      prisma,
      chainRow,
      Prisma.sql`
      SELECT "chainSeq"::text AS "chainSeq", id::text AS id, type, "caseId"::text AS "caseId",
             "actorId"::text AS "actorId", "actorKind", data::text AS "dataText", ip, "userAgent", "createdAt",
             "prevHash", hash
      FROM "AuditEvent" e WHERE e."chainSeq" > ${after}::bigint ORDER BY e."chainSeq" LIMIT ${batchSize}`,
    );
    for (const row of rows) {
      report(check(row, previous));
      if (options.keptHead && BigInt(row.chainSeq) === options.keptHead.chainSeq) keptHeadFound = row.hash;
      previous = row;
      events++;
    }
    options.onProgress?.(events);
    if (rows.length < batchSize) break;
    after = rows[rows.length - 1]!.chainSeq;
  }
  const kept = options.keptHead;
  if (kept && keptHeadFound !== kept.hash) {
    // The chain cannot show its newest events cut off by itself; the head kept elsewhere can.
    report([
      {
        id: null,
        position: kept.chainSeq,
        problem: "kept head lost",
        detail:
          keptHeadFound === undefined
            ? `the kept head at position ${kept.chainSeq} is gone: events up to it were removed`
            : `the event at position ${kept.chainSeq} has hash ${short(keptHeadFound)}, not the kept ${short(kept.hash)}`,
      },
    ]);
  }
  report(
    strays.map((row) => ({
      id: BigInt(row.id),
      position: null,
      problem: "outside the chain" as const,
      detail: `event ${row.id} carries chain values but no place in the chain: the sealer never linked it`,
    })),
  );
  return {
    intact: problemCount === 0,
    events,
    head: previous?.hash ? { id: BigInt(previous.id), chainSeq: BigInt(previous.chainSeq), hash: previous.hash } : null,
    problems,
    problemCount,
    unsealed: { count: backlog?.count ?? 0, oldestAt: backlog?.oldestAt ?? null },
  };
}

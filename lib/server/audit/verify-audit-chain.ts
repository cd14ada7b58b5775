import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
import { auditEventHash } from "@/lib/domain/audit/audit-chain";

export type ChainProblem = "missing hash" | "link broken" | "content changed";

export interface ChainBreak {
  id: bigint;
  problem: ChainProblem;
  detail: string;
}

export type ChainVerification =
  | { intact: true; events: number; head: { id: bigint; hash: string } | null }
  | { intact: false; /** Events found sound before the broken one. */ events: number; broken: ChainBreak };

/** An event as its hash covers it: ids and the data as text, so nothing is re-typed on the way. */
const chainRow = z.object({
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

const short = (hash: string | null) => (hash === null ? "none" : hash.slice(0, 16));

/**
 * Walks the audit chain in id order, a batch at a time (memory stays flat however long the trail), and
 * checks each event: it has a hash, its prevHash is the previous event's hash (the first has none), and
 * its hash is the SHA-256 of its content as recomputed here. Stops at the first broken event.
 */
export async function verifyAuditChain(
  prisma: Db,
  options: { batchSize?: number; onProgress?: (checked: number) => void } = {},
): Promise<ChainVerification> {
  const batchSize = options.batchSize ?? 5000;
  let checked = 0;
  let previous: { id: bigint; hash: string } | null = null;
  let after = "0";
  for (;;) {
    const rows = await queryRows(
      prisma,
      chainRow,
      Prisma.sql`
      SELECT id::text AS id, type, "caseId"::text AS "caseId", "actorId"::text AS "actorId", "actorKind",
             data::text AS "dataText", ip, "userAgent", "createdAt", "prevHash", hash
      FROM "AuditEvent" e WHERE e.id > ${after}::bigint ORDER BY e.id LIMIT ${batchSize}`,
    );
    for (const row of rows) {
      const id = BigInt(row.id);
      const broken = (problem: ChainProblem, detail: string): ChainVerification => ({
        intact: false,
        events: checked,
        broken: { id, problem, detail },
      });
      if (!row.hash) return broken("missing hash", `event ${id} has no hash`);
      const expectedPrev = previous?.hash ?? null;
      if (row.prevHash !== expectedPrev) {
        return broken(
          "link broken",
          previous
            ? `event ${id} links to ${short(row.prevHash)}, but the event before it (${previous.id}) has hash ${short(previous.hash)}`
            : `event ${id} is the first event but links to ${short(row.prevHash)}`,
        );
      }
      const recomputed = auditEventHash({ ...row, id });
      if (recomputed !== row.hash) {
        return broken(
          "content changed",
          `event ${id} has hash ${short(row.hash)}, but its content hashes to ${short(recomputed)}`,
        );
      }
      previous = { id, hash: row.hash };
      checked++;
    }
    options.onProgress?.(checked);
    if (rows.length < batchSize) return { intact: true, events: checked, head: previous };
    after = rows[rows.length - 1]!.id;
  }
}

import "server-only";
import { z } from "zod";
import { Prisma } from "@/lib/db/generated/client";
import { countColumn, queryRows, type Queryable } from "@/lib/db/typed-rows";

/**
 * The audit sealer: links committed, unchained audit events into the hash chain (audit_seal() in
 * prisma/migrations/*_audit_seal), so no writer's transaction holds a lock that all writers share. Each
 * batch is one statement, so one transaction: a sealer stopped mid-batch leaves nothing half-sealed. Only
 * one sealer works at a time across all instances; while another holds the sealer's lock this returns 0.
 */

const sealedRow = z.object({ sealed: countColumn });

export const AUDIT_SEAL_BATCH = 500;

/** Seals batches until one comes back short (the backlog is sealed, or another sealer has it); returns how many it sealed. */
export async function sealAuditEvents(client: Queryable, options: { batchSize?: number } = {}): Promise<number> {
  const batchSize = options.batchSize ?? AUDIT_SEAL_BATCH;
  let total = 0;
  for (;;) {
    const [row] = await queryRows(client, sealedRow, Prisma.sql`SELECT audit_seal(${batchSize}::int) AS sealed`);
    const sealed = row?.sealed ?? 0;
    total += sealed;
    if (sealed < batchSize) return total;
  }
}

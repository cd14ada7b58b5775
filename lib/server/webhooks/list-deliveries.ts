import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

export const DELIVERY_LOG_SIZE = 200;

/**
 * A system's delivery log, newest first (the latest DELIVERY_LOG_SIZE): status, attempts, the last
 * attempt's latency, answer code and error, the next attempt, and the case each task belongs to. Read by
 * every staff role that reads cases (the registry's `systems:read` has the same roles).
 */
export async function listDeliveries(systemId: string, actor: Actor) {
  if (!can(actor.role, "systems:read")) throw new AppError("FORBIDDEN", "problems.roleNotAllowed");
  if (!z.uuid().safeParse(systemId).success) throw new AppError("NOT_FOUND", "problems.noSuchDelivery");
  const system = await db().dataSystem.findUnique({
    where: { id: systemId },
    select: { id: true, name: true, reach: true },
  });
  if (!system) throw new AppError("NOT_FOUND", "problems.noSuchDelivery");
  const rows = await db().webhookDelivery.findMany({
    where: { systemId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: DELIVERY_LOG_SIZE + 1,
    select: {
      id: true,
      eventType: true,
      status: true,
      attempts: true,
      nextAttemptAt: true,
      lastStatusCode: true,
      lastLatencyMs: true,
      lastError: true,
      deliveredAt: true,
      createdAt: true,
      task: { select: { id: true, state: true, case: { select: { id: true, reference: true } } } },
    },
  });
  return { system, deliveries: rows.slice(0, DELIVERY_LOG_SIZE), more: rows.length > DELIVERY_LOG_SIZE };
}

export type DeliveryLogRow = Awaited<ReturnType<typeof listDeliveries>>["deliveries"][number];

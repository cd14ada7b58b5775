import type { Db } from "@/lib/db/client";
import type { Locale, RequestType, SystemReach } from "@/lib/db/generated/enums";
import { announceTask } from "@/lib/server/fulfilment/announce-task";

let counter = 0;

/**
 * A system in the registry, written directly (the registry's use-cases are tested on their own): MANUAL by
 * default, and taking part in no request type unless told, so the cases other tests confirm get no task for
 * it; a test gives it tasks with createAnnouncedTask.
 */
export function createSystem(
  prisma: Db,
  input: {
    name?: string;
    ownerEmails?: string[];
    ownerIds?: string[];
    locale?: Locale;
    reach?: SystemReach;
    requestTypes?: RequestType[];
  } = {},
) {
  counter++;
  return prisma.dataSystem.create({
    data: {
      name: input.name ?? `System ${counter} ${Math.random().toString(36).slice(2, 8)}`,
      ownerEmails: input.ownerEmails ?? [],
      ownerIds: input.ownerIds ?? [],
      locale: input.locale ?? "en",
      reach: input.reach ?? "MANUAL",
      requestTypes: input.requestTypes ?? [],
    },
  });
}

/** A task of a system on a case, made and announced in one transaction as confirming the case would. */
export async function createAnnouncedTask(
  prisma: Db,
  caseId: string,
  system: { id: string; reach: SystemReach; ownerEmails: string[]; locale: Locale },
  now = new Date(),
) {
  const found = await prisma.case.findUniqueOrThrow({ where: { id: caseId }, select: { type: true } });
  return prisma.$transaction(async (tx) => {
    const task = await tx.fulfilmentTask.create({
      data: { caseId, systemId: system.id, kind: found.type, createdAt: now },
    });
    await announceTask(tx, task, system, now);
    return tx.fulfilmentTask.findUniqueOrThrow({ where: { id: task.id } });
  });
}

/** The task link token as the newest "task-assigned" email to `to` carries it (kept until the email is sent). */
export async function taskTokenSentTo(prisma: Db, caseId: string, to: string): Promise<string> {
  const email = await prisma.outboxEmail.findFirstOrThrow({
    where: { caseId, template: "task-assigned", to },
    orderBy: { createdAt: "desc" },
  });
  return (email.payload as { token: string }).token;
}

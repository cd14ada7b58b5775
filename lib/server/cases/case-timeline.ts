import "server-only";
import { db } from "@/lib/db/client";
import { maskEmail } from "@/lib/domain/cases/masking";
import type { TimelineEntry } from "@/lib/domain/cases/timeline-sentences";

export interface CaseTimelineData {
  entries: TimelineEntry[];
  /** Staff members' names by id, for the people events name by id (an assignee). */
  staffNames: ReadonlyMap<string, string>;
  /** The names of the systems the case's tasks are for, by id (task events name systems by id). */
  systemNames: ReadonlyMap<string, string>;
}

/**
 * One timeline for the case page, newest first: audit events, emails queued or sent, messages with the
 * requester and internal notes. The caller has already checked that the actor may see the case.
 */
export async function caseTimeline(caseId: string): Promise<CaseTimelineData> {
  const prisma = db();
  const [events, emails, messages, notes, staff, systems] = await Promise.all([
    prisma.auditEvent.findMany({
      where: { caseId },
      orderBy: { id: "desc" },
      take: 500,
      select: {
        createdAt: true,
        type: true,
        actorKind: true,
        actorId: true,
        data: true,
        actor: { select: { name: true } },
      },
    }),
    prisma.outboxEmail.findMany({
      where: { caseId },
      orderBy: { createdAt: "desc" },
      take: 200,
      select: { createdAt: true, sentAt: true, template: true, to: true, status: true },
    }),
    prisma.caseMessage.findMany({ where: { caseId }, orderBy: { createdAt: "desc" }, take: 200 }),
    prisma.caseNote.findMany({
      where: { caseId },
      orderBy: { createdAt: "desc" },
      take: 200,
      include: { author: { select: { name: true } } },
    }),
    prisma.user.findMany({ select: { id: true, name: true } }),
    // Every system the case has, or had, a task for (a task event names them by id).
    prisma.dataSystem.findMany({ where: { tasks: { some: { caseId } } }, select: { id: true, name: true } }),
  ]);
  const staffName = new Map(staff.map((user) => [user.id, user.name]));
  const entries: TimelineEntry[] = [
    ...events.map((e) => ({
      kind: "event" as const,
      at: e.createdAt,
      type: e.type,
      actorKind: e.actorKind,
      actorId: e.actorId,
      actorName: e.actor?.name ?? null,
      data: e.data,
    })),
    ...emails.map((e) => ({
      kind: "email" as const,
      at: e.sentAt ?? e.createdAt,
      queuedAt: e.createdAt,
      template: e.template,
      to: maskEmail(e.to),
      status: e.status,
    })),
    ...messages.map((m) => ({
      kind: "message" as const,
      at: m.createdAt,
      author: m.author,
      staff: m.staffId ? (staffName.get(m.staffId) ?? null) : null,
      body: m.body,
    })),
    ...notes.map((n) => ({ kind: "note" as const, at: n.createdAt, author: n.author.name, body: n.body })),
  ];
  return {
    entries: entries.sort((a, b) => b.at.getTime() - a.at.getTime()),
    staffNames: staffName,
    systemNames: new Map(systems.map((system) => [system.id, system.name])),
  };
}

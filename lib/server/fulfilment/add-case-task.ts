import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { addCaseTaskSchema } from "@/lib/domain/fulfilment/task-forms";
import { makesTasks } from "@/lib/domain/fulfilment/task-rules";
import { statusAfterWork } from "@/lib/domain/cases/workflow";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { changeCase } from "@/lib/server/cases/change-case";
import { announceTask } from "./announce-task";
import { isDirectMarketingObjection } from "@/lib/domain/cases/denial";
import { checkCaseTakesTasks } from "./case-task-guards";
import { takingPartSystems } from "./create-case-tasks";

const invalid = (message: string) => new AppError("VALIDATION", "problems.checkFields", { systemId: [message] });

/**
 * Staff add a task to a case for one active system (`systemId`), or, with "all", for every active system
 * taking part in its type and regime that has none yet: how the tasks are made for a case that named a
 * business customer and that staff decided to keep. A system whose earlier task nobody did (not applicable,
 * waived, cancelled by routing) gets it again, reopened with a fresh clock and announcement (the case has
 * one task per system). Each new task is announced to its system like those
 * made at confirmation; one audit event names the tasks and systems by id. Needs `cases:work` and a case
 * the actor can see, being worked (not closed, not routed).
 */
export function addCaseTask(input: z.input<typeof addCaseTaskSchema>, actor: Actor, now = new Date()) {
  return changeCase(
    { actor, permission: "cases:work", schema: addCaseTaskSchema, input },
    async ({ tx, data, found }) => {
      checkCaseTakesTasks(found);
      if (!makesTasks(found.type)) throw invalid("type_makes_no_tasks");
      const existing = await tx.fulfilmentTask.findMany({
        where: { caseId: found.id },
        select: { id: true, systemId: true, state: true },
      });
      const taskOf = new Map(existing.map((task) => [task.systemId, task]));
      // A system whose task nobody did (not applicable, waived: e.g. cancelled when the case went to a
      // customer who then declined it) may be given it again; an open, failed or done one may not.
      const mayTask = (systemId: string) => {
        const task = taskOf.get(systemId);
        return !task || task.state === "NOT_APPLICABLE" || task.state === "WAIVED";
      };
      let systems;
      if (data.systemId === "all") {
        systems = (await takingPartSystems(tx, found.type, found.regime)).filter((system) => mayTask(system.id));
        if (systems.length === 0) throw invalid("no_system_left");
      } else {
        const system = await tx.dataSystem.findUnique({
          where: { id: data.systemId },
          select: { id: true, name: true, reach: true, ownerEmails: true, locale: true, active: true },
        });
        if (!system) throw invalid("choose_system");
        if (!system.active) throw invalid("system_inactive");
        if (!mayTask(system.id)) throw invalid("system_has_task");
        systems = [system];
      }
      const tasks = [];
      for (const system of systems) {
        const earlier = taskOf.get(system.id);
        const task = earlier
          ? await tx.fulfilmentTask.update({
              where: { id: earlier.id },
              data: {
                state: "OPEN",
                result: null,
                reason: null,
                responseExcerpt: null,
                finishedById: null,
                finishedBy: null,
                finishedAt: null,
                tokenHash: null,
                linkExpiresAt: null,
                linkRevokedAt: null,
                remindAt: null,
                remindedAt: null,
                escalateAt: null,
                escalatedAt: null,
                createdById: actor.id,
                createdAt: now,
                version: { increment: 1 },
              },
              select: { id: true, caseId: true, systemId: true },
            })
          : await tx.fulfilmentTask.create({
              data: { caseId: found.id, systemId: system.id, kind: found.type, createdById: actor.id, createdAt: now },
              select: { id: true, caseId: true, systemId: true },
            });
        if (earlier) {
          // The task's earlier messages are superseded by the new one (a new webhook-id): one still waiting
          // must not reach the system as a second request, nor an old "stop" after the new "start".
          await tx.webhookDelivery.updateMany({
            where: { taskId: earlier.id, status: { in: ["PENDING", "FAILED"] } },
            data: { status: "FAILED", lastError: "superseded", lockedUntil: null },
          });
        }
        await announceTask(tx, task, system, now, { urgent: isDirectMarketingObjection(found.type, found.details) });
        tasks.push(task);
      }
      const status = statusAfterWork(found.status);
      if (status !== found.status) await tx.case.update({ where: { id: found.id }, data: { status } });
      await recordAuditEvent(tx, {
        type: "task.added",
        ...staffEvent(actor),
        caseId: found.id,
        data: {
          taskIds: tasks.map((task) => task.id),
          systemIds: tasks.map((task) => task.systemId),
          ...(status !== found.status ? { changes: { status: { from: found.status, to: status } } } : {}),
        },
      });
      return { taskIds: tasks.map((task) => task.id) };
    },
  );
}

import "server-only";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { checklistFor } from "@/lib/domain/cases/checklists";
import { taskTickedItem, tasksTickItem } from "@/lib/domain/fulfilment/task-checklist";
import { denialReasonsFor, isDirectMarketingObjection } from "@/lib/domain/cases/denial";
import { maskEmail, maskName } from "@/lib/domain/cases/masking";
import { availableActions, canSeeCase } from "@/lib/domain/cases/workflow";
import { deadlineStatus } from "@/lib/domain/deadlines";
import { AppError } from "@/lib/errors/app-error";
import { policyOfCase } from "@/lib/server/deadlines/policy-store";
import { downloadName } from "@/lib/server/uploads/download-name";

/**
 * Everything the case page shows, for this actor: the case, its clock, the requester masked, the
 * checklist with ticks, the uploads, and the actions open to this actor in this status.
 */
export async function getCaseDetail(caseId: string, actor: Actor, now = new Date()) {
  if (!can(actor.role, "cases:read")) throw new AppError("FORBIDDEN", "problems.roleNotAllowed");
  if (!/^[0-9a-f-]{36}$/.test(caseId)) throw new AppError("NOT_FOUND", "problems.noSuchCase");
  const found = await db().case.findUnique({
    where: { id: caseId },
    include: {
      requester: {
        select: { name: true, email: true, locale: true, country: true, region: true, emailVerifiedAt: true },
      },
      assignee: { select: { id: true, name: true } },
      uploads: {
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          purpose: true,
          filename: true,
          contentType: true,
          size: true,
          createdAt: true,
        },
      },
      checklist: { include: { doneBy: { select: { name: true } } } },
      clockStops: { orderBy: { startedAt: "asc" } },
      tasks: { select: { state: true } },
    },
  });
  if (!found || !canSeeCase(actor, found.assigneeId)) throw new AppError("NOT_FOUND", "problems.noSuchCase");
  const policy = policyOfCase(found.policy);
  const referenceOf = (id: string | null) =>
    id ? db().case.findUnique({ where: { id }, select: { id: true, reference: true } }) : Promise.resolve(null);
  const [duplicateOf, possibleDuplicateOf] = await Promise.all([
    referenceOf(found.duplicateOfId),
    referenceOf(found.possibleDuplicateOfId),
  ]);
  const ticks = new Map(found.checklist.map((tick) => [tick.item, tick]));
  // On a case with tasks, the item they stand for follows them (ticked once they are finished), not a hand.
  const byTasks = taskTickedItem(found.type, found.details, found.tasks.length);
  const tasksTicked = tasksTickItem(found.tasks);
  return {
    id: found.id,
    reference: found.reference,
    version: found.version,
    type: found.type,
    status: found.status,
    outcome: found.outcome,
    regime: found.regime,
    channel: found.channel,
    receivedAt: found.receivedAt,
    closedAt: found.closedAt,
    closureText: found.closureText,
    denialReason: found.denialReason,
    duplicateOf,
    possibleDuplicateOf,
    details: found.details as Record<string, unknown>,
    directMarketing: isDirectMarketingObjection(found.type, found.details),
    relationship: found.relationship,
    subjectRelationship: found.subjectRelationship,
    subjectMasked: found.subjectName ? maskName(found.subjectName) : null,
    customerNameGiven: found.customerNameGiven,
    customerId: found.customerId,
    routingState: found.routingState,
    requester: {
      masked: `${maskName(found.requester.name)} · ${maskEmail(found.requester.email)}`,
      locale: found.requester.locale,
      country: found.requester.country,
      region: found.requester.region,
      emailVerified: found.requester.emailVerifiedAt !== null,
    },
    identity: { at: found.identityVerifiedAt, method: found.identityVerificationMethod },
    authority: { at: found.authorityVerifiedAt, method: found.authorityVerificationMethod },
    assignee: found.assignee,
    deadline: {
      dueDate: found.dueDate,
      dueAt: found.dueAt,
      originalDueAt: found.originalDueAt,
      acknowledgementDueAt: found.acknowledgementDueAt,
      status: deadlineStatus({
        dueDate: found.dueDate,
        dueAt: found.dueAt,
        timeZone: policy.timeZone,
        paused: found.clockPausedAt !== null,
        now,
      }),
      paused: found.clockPausedAt !== null,
      extendedAt: found.extendedAt,
      extensionReason: found.extensionReason,
      canExtend: policy.rule.extension !== 0 && !found.extendedAt && now <= found.originalDueAt,
      policy,
      clockStops: found.clockStops.map((stop) => ({ kind: stop.kind, from: stop.fromDate, to: stop.toDate })),
    },
    uploads: found.uploads.map(({ number, contentType, ...upload }) => ({
      ...upload,
      downloadName: downloadName(found.reference, number, contentType),
    })),
    checklist: checklistFor(found.type, found.relationship).map((item) => {
      if (item.key === byTasks) return { ...item, done: tasksTicked, doneAt: null, doneBy: null, byTasks: true };
      const tick = ticks.get(item.key);
      return {
        ...item,
        done: Boolean(tick),
        doneAt: tick?.doneAt ?? null,
        doneBy: tick?.doneBy.name ?? null,
        byTasks: false,
      };
    }),
    taskCount: found.tasks.length,
    denialReasons: denialReasonsFor(found.type, found.details),
    actions: availableActions(actor, {
      status: found.status,
      outcome: found.outcome,
      assigneeId: found.assigneeId,
      anonymized: found.anonymizedAt !== null,
    }),
  };
}

export type CaseDetail = Awaited<ReturnType<typeof getCaseDetail>>;

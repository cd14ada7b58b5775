import { TaskLinkButtons } from "@/components/fulfilment/task-link-buttons";
import { ResendDeliveryButton } from "@/components/webhooks/resend-delivery-button";
import type { CaseTask } from "@/lib/server/fulfilment/case-tasks";

/**
 * The buttons the case page puts next to a task for staff who work the case: a webhook task whose last
 * delivery failed can be sent again (same webhook-id); a manual task's link can be sent again to its outside
 * owners (a new link) while the task is open, and revoked while it works.
 */
export function TaskButtons({ caseId, task, now }: { caseId: string; task: CaseTask; now: Date }) {
  if (task.system.reach === "WEBHOOK") {
    return task.lastDelivery?.status === "FAILED" ? <ResendDeliveryButton deliveryId={task.lastDelivery.id} /> : null;
  }
  const open = task.state === "OPEN";
  const linkLive =
    open && task.hasLink && task.linkRevokedAt === null && task.linkExpiresAt !== null && task.linkExpiresAt > now;
  return (
    <TaskLinkButtons
      caseId={caseId}
      taskId={task.id}
      mayResend={open && task.system.hasOutsideOwners}
      linkLive={linkLive}
    />
  );
}

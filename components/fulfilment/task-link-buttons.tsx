"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { resendTaskLinkAction, revokeTaskLinkAction } from "@/lib/actions/staff/task-links";
import { taskLinkActionSchema } from "@/lib/domain/fulfilment/task-link-forms";
import { useSchemaForm } from "@/lib/forms/use-schema-form";

type LinkAction = typeof resendTaskLinkAction;

function LinkButton({
  caseId,
  taskId,
  action,
  label,
}: {
  caseId: string;
  taskId: string;
  action: LinkAction;
  label: string;
}) {
  const { formProps, pending, ok, message } = useSchemaForm(taskLinkActionSchema, action, {
    id: `${action === resendTaskLinkAction ? "resend" : "revoke"}-link-${taskId}`,
  });
  return (
    <form {...formProps} className="inline-flex flex-col gap-1">
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="taskId" value={taskId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {label}
      </Button>
      {message && <Alert tone={ok ? "success" : "error"}>{message}</Alert>}
    </form>
  );
}

/**
 * A MANUAL task's link buttons on the case page's tasks panel (for staff who work cases): send the link
 * again to the system's outside owners (a new link; the old one stops working) and revoke it.
 * `mayResend`: the task is OPEN and its system has outside owners; `linkLive`: its link works now.
 */
export function TaskLinkButtons({
  caseId,
  taskId,
  mayResend,
  linkLive,
}: {
  caseId: string;
  taskId: string;
  mayResend: boolean;
  linkLive: boolean;
}) {
  const t = useTranslations();
  if (!mayResend && !linkLive) return null;
  return (
    <div className="flex flex-wrap gap-2">
      {mayResend && (
        <LinkButton caseId={caseId} taskId={taskId} action={resendTaskLinkAction} label={t("taskLink.staff.resend")} />
      )}
      {linkLive && (
        <LinkButton caseId={caseId} taskId={taskId} action={revokeTaskLinkAction} label={t("taskLink.staff.revoke")} />
      )}
    </div>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CaseActions } from "@/components/cases/case-actions";
import { CaseChecklist } from "@/components/cases/case-checklist";
import { CaseDetailsPanel } from "@/components/cases/case-details-panel";
import { CaseHeader } from "@/components/cases/case-header";
import { CaseTimeline } from "@/components/cases/case-timeline";
import { DeadlinePanel } from "@/components/cases/deadline-panel";
import { RequesterPanel } from "@/components/cases/requester-panel";
import { CaseCustomerPanel } from "@/components/customers/case-customer-panel";
import { CaseTasksPanel } from "@/components/fulfilment/case-tasks-panel";
import { TaskButtons } from "@/components/fulfilment/task-buttons";
import { LegalHoldForm } from "@/components/retention/legal-hold-form";
import { CaseRoutingPanel } from "@/components/routing/case-routing-panel";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { isAppError } from "@/lib/errors/app-error";
import { pageLocale } from "@/lib/i18n/page-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { assignableStaff } from "@/lib/server/cases/assignable-staff";
import { nextStep } from "@/lib/domain/cases/next-step";
import { caseTimeline } from "@/lib/server/cases/case-timeline";
import { getCaseDetail } from "@/lib/server/cases/get-case-detail";
import { caseTasks } from "@/lib/server/fulfilment/case-tasks";
import { caseRoutingSummary } from "@/lib/server/routing/case-routing-summary";

export async function generateMetadata(): Promise<Metadata> {
  const t = translatorFor(await pageLocale());
  return { title: t("cases.page.title") };
}

export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePagePermission("cases:read", `/cases/${id}`);
  const detail = await getCaseDetail(id, actor).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [timeline, staff, routing, tasks] = await Promise.all([
    caseTimeline(detail.id),
    assignableStaff(),
    caseRoutingSummary(detail.id),
    caseTasks({
      id: detail.id,
      reference: detail.reference,
      type: detail.type,
      details: detail.details,
      requesterLocale: detail.requester.locale,
    }),
  ]);
  const now = new Date();
  const lastMessage = timeline.entries.find((entry) => entry.kind === "message");
  const next = nextStep({
    status: detail.status,
    assigned: detail.assignee !== null,
    identityVerified: detail.identity.at !== null,
    authorityNeeded: detail.relationship !== "SELF",
    authorityVerified: detail.authority.at !== null,
    directMarketing: detail.directMarketing,
    customerToRouteTo: detail.customerId !== null && detail.routingState === null,
    requesterWroteLast: lastMessage?.kind === "message" && lastMessage.author === "REQUESTER",
    uncheckedItems: detail.checklist.filter((item) => !item.done && !item.byTasks).length,
    unfinishedTasks: tasks.tasks.filter((task) => task.state === "OPEN" || task.state === "FAILED").length,
    actions: detail.actions,
  });
  return (
    <div className="space-y-6">
      <CaseHeader detail={detail} locale={actor.locale} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <CaseDetailsPanel detail={detail} locale={actor.locale} />
          <CaseChecklist detail={detail} canTick={detail.actions.includes("tickChecklist")} />
          <CaseTasksPanel
            detail={detail}
            tasks={tasks}
            actor={{ role: actor.role, locale: actor.locale }}
            taskButtons={
              can(actor.role, "cases:work") && detail.status !== "CLOSED"
                ? (task) => <TaskButtons caseId={detail.id} task={task} now={now} />
                : undefined
            }
          />
          <CaseTimeline timeline={timeline} locale={actor.locale} />
        </div>
        <div className="space-y-6">
          {/* What to do next comes first: the step the case needs and the actions open to the reader. */}
          <CaseActions
            detail={detail}
            staff={staff}
            actor={{ id: actor.id, role: actor.role, locale: actor.locale }}
            next={next}
            draftSummary={tasks.draftSummary}
          />
          <DeadlinePanel detail={detail} locale={actor.locale} />
          <RequesterPanel detail={detail} needsReason={actor.role === "AUDITOR"} />
          <CaseCustomerPanel caseId={detail.id} actor={actor} />
          <CaseRoutingPanel detail={detail} routing={routing} locale={actor.locale} />
          <LegalHoldForm caseId={detail.id} actor={actor} />
        </div>
      </div>
    </div>
  );
}

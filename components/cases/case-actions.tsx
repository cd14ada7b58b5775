import type { StaffRole } from "@/lib/auth/roles";
import { VERIFICATION_METHOD_LABELS, VERIFICATION_METHODS } from "@/lib/domain/cases/case-forms";
import { DENIAL_REASON_LABELS } from "@/lib/domain/cases/denial";
import type { SuggestedStep } from "@/lib/domain/cases/next-step";
import type { CaseAction } from "@/lib/domain/cases/workflow";
import { translatorFor } from "@/lib/i18n/translator";
import { STAFF_LOCALE } from "@/lib/i18n/languages";
import type { CaseDetail } from "@/lib/server/cases/get-case-detail";
import { ActionForm } from "./action-form";
import type { CASE_FORMS } from "./case-forms";

/** Where on the case page each action's form is: its form's id (CASE_FORMS), or its panel's heading. */
const FORM_ANCHORS: Partial<Record<CaseAction, keyof typeof CASE_FORMS | "checklist-title" | "routing-title">> = {
  assign: "assign",
  verifyIdentity: "verify",
  recordAnswer: "record-answer",
  messageRequester: "message",
  resolve: "resolve",
  tickChecklist: "checklist-title",
  route: "routing-title",
  manageRouting: "routing-title",
};

/** The step the case needs next, and a link to the form that takes it when the reader may. */
function NextStepNotice({ next }: { next: SuggestedStep }) {
  const t = translatorFor(STAFF_LOCALE);
  const anchor = next.action ? FORM_ANCHORS[next.action] : undefined;
  return (
    <p className="rounded-md border border-blue-200 bg-blue-50 p-3 text-sm" data-testid="next-step">
      <span className="font-medium">{t("nextStep.title")}:</span> {t(`nextStep.steps.${next.step}`)}
      {anchor && (
        <>
          {" · "}
          <a href={`#${anchor}`} className="text-blue-800 underline">
            {t("nextStep.go")}
          </a>
        </>
      )}
    </p>
  );
}

interface StaffOption {
  id: string;
  name: string;
  role: string;
}

function Card({ children }: { children: React.ReactNode }) {
  return <div className="rounded-md border border-slate-200 bg-white p-4">{children}</div>;
}

/** The actions open to this actor in this status (lib/domain/cases/workflow.ts decides which). */
export function CaseActions({
  detail,
  staff,
  actor,
  next,
}: {
  detail: CaseDetail;
  staff: StaffOption[];
  actor: { id: string; role: StaffRole };
  /** What the case needs next (lib/domain/cases/next-step.ts); null once closed. */
  next: SuggestedStep | null;
}) {
  const can = (action: (typeof detail.actions)[number]) => detail.actions.includes(action);
  const common = { caseId: detail.id, version: detail.version };
  if (detail.actions.length === 0) {
    return (
      <section aria-labelledby="actions-title" className="rounded-md border border-slate-200 bg-white p-4">
        <h2 id="actions-title" className="font-semibold">
          Actions
        </h2>
        {next && <NextStepNotice next={next} />}
        <p className="text-sm text-slate-600" data-testid="no-actions">
          You can read this case but not change it.
        </p>
      </section>
    );
  }
  const assignOptions =
    actor.role === "ANALYST"
      ? [{ value: actor.id, label: "Me" }]
      : staff.map((s) => ({ value: s.id, label: `${s.name} (${s.role.toLowerCase().replace("_", " ")})` }));
  return (
    <section aria-labelledby="actions-title" className="space-y-4">
      <h2 id="actions-title" className="font-semibold">
        Actions
      </h2>
      {next && <NextStepNotice next={next} />}
      {can("assign") && (
        <Card>
          <ActionForm
            id="assign"
            title="Assign"
            {...common}
            fields={[
              {
                name: "assigneeId",
                label: "Assign to",
                kind: "select",
                options: [...assignOptions, { value: "none", label: "Nobody (unassign)" }],
              },
            ]}
            submitLabel="Save assignment"
          />
        </Card>
      )}
      {can("verifyIdentity") && (!detail.identity.at || (detail.relationship !== "SELF" && !detail.authority.at)) && (
        <Card>
          <ActionForm
            id="verify"
            title="Record a verification"
            {...common}
            fields={[
              {
                name: "what",
                label: "What was verified",
                kind: "select",
                options: [
                  ...(detail.identity.at ? [] : [{ value: "IDENTITY", label: "The requester's identity" }]),
                  ...(detail.relationship !== "SELF" && !detail.authority.at
                    ? [{ value: "AUTHORITY", label: "Their authority to act (guardian or agent)" }]
                    : []),
                ],
              },
              {
                name: "method",
                label: "How",
                kind: "select",
                options: VERIFICATION_METHODS.map((m) => ({ value: m, label: VERIFICATION_METHOD_LABELS[m] })),
                hint: "Only the method is kept; proof documents are deleted once authority is verified.",
              },
            ]}
            submitLabel="Record verification"
          />
        </Card>
      )}
      {can("requestInformation") && (
        <Card>
          <ActionForm
            id="request-information"
            title="Ask the requester for information"
            {...common}
            fields={[
              {
                name: "asksFor",
                label: "What you need",
                kind: "select",
                options: [
                  { value: "CLARIFICATION", label: "A clarification" },
                  { value: "IDENTITY", label: "Proof of identity" },
                ],
                hint: `The clock stops while waiting where ${detail.regime} allows it.`,
              },
              { name: "body", label: "Message", kind: "textarea" },
            ]}
            submitLabel="Send and wait for the answer"
          />
        </Card>
      )}
      {can("recordAnswer") && (
        <Card>
          <ActionForm
            id="record-answer"
            title="The answer came by email or post"
            {...common}
            fields={[
              {
                name: "answeredAt",
                label: "When it arrived (UTC)",
                kind: "datetime",
                hint: "Leave empty for now. The clock runs again from that day.",
              },
            ]}
            submitLabel="Record the answer"
          />
        </Card>
      )}
      {can("messageRequester") && (
        <Card>
          <ActionForm
            id="message"
            title="Write to the requester"
            {...common}
            fields={[{ name: "body", label: "Message", kind: "textarea" }]}
            submitLabel="Send message"
            tone="secondary"
          />
        </Card>
      )}
      {can("extend") && (
        <Card>
          {detail.deadline.canExtend ? (
            <ActionForm
              id="extend"
              title="Extend the deadline"
              {...common}
              fields={[
                {
                  name: "reason",
                  label: "Reasons (sent to the requester)",
                  kind: "textarea",
                  hint: "Once only, and before the original due date.",
                },
              ]}
              submitLabel="Extend and notify"
              tone="secondary"
            />
          ) : (
            <p className="text-sm text-slate-600" data-testid="extend-unavailable">
              {detail.deadline.extendedAt
                ? "The deadline was extended already."
                : detail.deadline.policy.rule.extension === 0
                  ? `${detail.regime} allows no extension.`
                  : "The original due date has passed: it can no longer be extended."}
            </p>
          )}
        </Card>
      )}
      {can("resolve") && (
        <Card>
          <ActionForm
            id="resolve"
            title="Resolve"
            {...common}
            fields={[
              {
                name: "outcome",
                label: "Outcome",
                kind: "select",
                options: [
                  { value: "FULFILLED", label: "Fulfilled" },
                  { value: "PARTIALLY_FULFILLED", label: "Partially fulfilled" },
                ],
              },
              { name: "summary", label: "Summary for the requester", kind: "textarea" },
              {
                name: "confirmUnticked",
                label: "Checklist",
                kind: "checkboxes",
                options: [{ value: "on", label: "Close as fulfilled although these items are not ticked" }],
                hint: `Not ticked: ${detail.checklist
                  .filter((item) => !item.done)
                  .map((item) => item.label)
                  .join("; ")}.`,
                afterRefusal: true,
              },
            ]}
            submitLabel="Resolve and notify"
          />
        </Card>
      )}
      {can("deny") && (
        <Card>
          <ActionForm
            id="deny"
            title="Deny"
            {...common}
            fields={[
              {
                name: "reason",
                label: "Reason",
                kind: "select",
                options: detail.denialReasons.map((r) => ({ value: r, label: DENIAL_REASON_LABELS[r] })),
                hint: detail.directMarketing
                  ? "An objection to direct marketing cannot be denied on compelling grounds."
                  : undefined,
              },
              {
                name: "text",
                label: "Reasons for the requester",
                kind: "textarea",
                hint: "The email adds the right to complain to a supervisory authority and to go to court.",
              },
            ]}
            submitLabel="Deny and notify"
            tone="secondary"
          />
        </Card>
      )}
      {can("markDuplicate") && (
        <Card>
          <ActionForm
            id="duplicate"
            title="Close as a duplicate"
            {...common}
            fields={[{ name: "duplicateOf", label: "Reference of the original case", kind: "text" }]}
            submitLabel="Close as duplicate"
            tone="secondary"
          />
        </Card>
      )}
      {can("reopen") && (
        <Card>
          <ActionForm
            id="reopen"
            title="Reopen"
            {...common}
            fields={[{ name: "reason", label: "Why", kind: "textarea" }]}
            submitLabel="Reopen"
            tone="secondary"
          />
        </Card>
      )}
      {can("addNote") && (
        <Card>
          <ActionForm
            id="note"
            title="Internal note"
            {...common}
            fields={[{ name: "body", label: "Note (staff only)", kind: "textarea" }]}
            submitLabel="Add note"
            tone="secondary"
          />
        </Card>
      )}
    </section>
  );
}

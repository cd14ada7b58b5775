import type { StaffRole } from "@/lib/auth/roles";
import { VERIFICATION_METHODS } from "@/lib/domain/cases/case-forms";
import type { SuggestedStep } from "@/lib/domain/cases/next-step";
import type { CaseAction } from "@/lib/domain/cases/workflow";
import type { Locale } from "@/lib/i18n/languages";
import { translateIfKnown, translatorFor, type Translator } from "@/lib/i18n/translator";
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
function NextStepNotice({ next, t }: { next: SuggestedStep; t: Translator }) {
  const anchor = next.action ? FORM_ANCHORS[next.action] : undefined;
  return (
    <p className="rounded-md border border-blue-200 bg-blue-50 p-3 text-sm" data-testid="next-step">
      <span className="font-medium">{t("nextStep.heading", { title: t("nextStep.title") })}</span>
      {t(`nextStep.steps.${next.step}`)}
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
  draftSummary,
}: {
  detail: CaseDetail;
  staff: StaffOption[];
  actor: { id: string; role: StaffRole; locale: Locale };
  /** What the case needs next (lib/domain/cases/next-step.ts); null once closed. */
  next: SuggestedStep | null;
  /** The resolution summary drafted from the case's finished tasks (to edit before sending), if any. */
  draftSummary?: string | null;
}) {
  const t = translatorFor(actor.locale);
  const can = (action: (typeof detail.actions)[number]) => detail.actions.includes(action);
  const common = { caseId: detail.id, version: detail.version };
  const regime = t(`labels.regimes.${detail.regime}`);
  if (detail.actions.length === 0) {
    return (
      <section aria-labelledby="actions-title" className="rounded-md border border-slate-200 bg-white p-4">
        <h2 id="actions-title" className="font-semibold">
          {t("cases.actions.title")}
        </h2>
        {next && <NextStepNotice next={next} t={t} />}
        <p className="text-sm text-slate-600" data-testid="no-actions">
          {t("cases.actions.readOnly")}
        </p>
      </section>
    );
  }
  const assignOptions =
    actor.role === "ANALYST"
      ? [{ value: actor.id, label: t("cases.actions.me") }]
      : staff.map((s) => ({
          value: s.id,
          data: true,
          label: t("cases.actions.staffOption", {
            name: s.name,
            role: translateIfKnown(t, `labels.roles.${s.role}`, s.role),
          }),
        }));
  return (
    <section aria-labelledby="actions-title" className="space-y-4">
      <h2 id="actions-title" className="font-semibold">
        {t("cases.actions.title")}
      </h2>
      {next && <NextStepNotice next={next} t={t} />}
      {can("assign") && (
        <Card>
          <ActionForm
            id="assign"
            title={t("cases.actions.assign.title")}
            {...common}
            fields={[
              {
                name: "assigneeId",
                label: t("cases.actions.assign.label"),
                kind: "select",
                options: [...assignOptions, { value: "none", label: t("cases.actions.assign.nobody") }],
              },
            ]}
            submitLabel={t("cases.actions.assign.submit")}
          />
        </Card>
      )}
      {can("verifyIdentity") && (!detail.identity.at || (detail.relationship !== "SELF" && !detail.authority.at)) && (
        <Card>
          <ActionForm
            id="verify"
            title={t("cases.actions.verify.title")}
            {...common}
            fields={[
              {
                name: "what",
                label: t("cases.actions.verify.what"),
                kind: "select",
                options: [
                  ...(detail.identity.at ? [] : [{ value: "IDENTITY", label: t("cases.actions.verify.identity") }]),
                  ...(detail.relationship !== "SELF" && !detail.authority.at
                    ? [{ value: "AUTHORITY", label: t("cases.actions.verify.authority") }]
                    : []),
                ],
              },
              {
                name: "method",
                label: t("cases.actions.verify.method"),
                kind: "select",
                options: VERIFICATION_METHODS.map((m) => ({ value: m, label: t(`labels.verificationMethods.${m}`) })),
                hint: t("cases.actions.verify.methodHint"),
              },
            ]}
            submitLabel={t("cases.actions.verify.submit")}
          />
        </Card>
      )}
      {can("requestInformation") && (
        <Card>
          <ActionForm
            id="request-information"
            title={t("cases.actions.requestInformation.title")}
            {...common}
            fields={[
              {
                name: "asksFor",
                label: t("cases.actions.requestInformation.asksFor"),
                kind: "select",
                options: [
                  { value: "CLARIFICATION", label: t("cases.actions.requestInformation.clarification") },
                  { value: "IDENTITY", label: t("cases.actions.requestInformation.identity") },
                ],
                hint: t("cases.actions.requestInformation.hint", { regime }),
              },
              { name: "body", label: t("cases.actions.requestInformation.body"), kind: "textarea" },
            ]}
            submitLabel={t("cases.actions.requestInformation.submit")}
          />
        </Card>
      )}
      {can("recordAnswer") && (
        <Card>
          <ActionForm
            id="record-answer"
            title={t("cases.actions.recordAnswer.title")}
            {...common}
            fields={[
              {
                name: "answeredAt",
                label: t("cases.actions.recordAnswer.label"),
                kind: "datetime",
                hint: t("cases.actions.recordAnswer.hint"),
              },
            ]}
            submitLabel={t("cases.actions.recordAnswer.submit")}
          />
        </Card>
      )}
      {can("messageRequester") && (
        <Card>
          <ActionForm
            id="message"
            title={t("cases.actions.message.title")}
            {...common}
            fields={[{ name: "body", label: t("cases.actions.message.body"), kind: "textarea" }]}
            submitLabel={t("cases.actions.message.submit")}
            tone="secondary"
          />
        </Card>
      )}
      {can("extend") && (
        <Card>
          {detail.deadline.canExtend ? (
            <ActionForm
              id="extend"
              title={t("cases.actions.extend.title")}
              {...common}
              fields={[
                {
                  name: "reason",
                  label: t("cases.actions.extend.label"),
                  kind: "textarea",
                  hint: t("cases.actions.extend.hint"),
                },
              ]}
              submitLabel={t("cases.actions.extend.submit")}
              tone="secondary"
            />
          ) : (
            <p className="text-sm text-slate-600" data-testid="extend-unavailable">
              {detail.deadline.extendedAt
                ? t("cases.actions.extend.already")
                : detail.deadline.policy.rule.extension === 0
                  ? t("cases.actions.extend.noExtension", { regime })
                  : t("cases.actions.extend.passed")}
            </p>
          )}
        </Card>
      )}
      {can("resolve") && (
        <Card>
          <ActionForm
            id="resolve"
            title={t("cases.actions.resolve.title")}
            {...common}
            fields={[
              {
                name: "outcome",
                label: t("cases.actions.resolve.outcome"),
                kind: "select",
                // Every task finished: answering is one click on the drafted summary.
                defaultValue: draftSummary ? "FULFILLED" : undefined,
                options: [
                  { value: "FULFILLED", label: t("labels.outcomes.FULFILLED") },
                  { value: "PARTIALLY_FULFILLED", label: t("labels.outcomes.PARTIALLY_FULFILLED") },
                ],
              },
              {
                name: "summary",
                label: t("cases.actions.resolve.summary"),
                kind: "textarea",
                defaultValue: draftSummary ?? undefined,
              },
              {
                name: "confirmUnticked",
                label: t("cases.actions.resolve.checklist"),
                kind: "checkboxes",
                options: [{ value: "on", label: t("cases.actions.resolve.confirm") }],
                hint: t("cases.actions.resolve.notTicked", {
                  items: detail.checklist
                    .filter((item) => !item.done)
                    .map((item) => t(`cases.checklist.items.${item.message}`))
                    .join(t("cases.actions.resolve.itemSeparator")),
                }),
                afterRefusal: true,
              },
            ]}
            submitLabel={t("cases.actions.resolve.submit")}
          />
        </Card>
      )}
      {can("deny") && (
        <Card>
          <ActionForm
            id="deny"
            title={t("cases.actions.deny.title")}
            {...common}
            fields={[
              {
                name: "reason",
                label: t("cases.actions.deny.reason"),
                kind: "select",
                options: detail.denialReasons.map((r) => ({ value: r, label: t(`labels.denialReasons.${r}`) })),
                hint: detail.directMarketing
                  ? t("cases.actions.deny.directMarketingHint")
                  : undefined,
              },
              {
                name: "text",
                label: t("cases.actions.deny.text"),
                kind: "textarea",
                hint: t("cases.actions.deny.textHint"),
              },
            ]}
            submitLabel={t("cases.actions.deny.submit")}
            tone="secondary"
          />
        </Card>
      )}
      {can("markDuplicate") && (
        <Card>
          <ActionForm
            id="duplicate"
            title={t("cases.actions.duplicate.title")}
            {...common}
            fields={[{ name: "duplicateOf", label: t("cases.actions.duplicate.label"), kind: "text" }]}
            submitLabel={t("cases.actions.duplicate.submit")}
            tone="secondary"
          />
        </Card>
      )}
      {can("reopen") && (
        <Card>
          <ActionForm
            id="reopen"
            title={t("cases.actions.reopen.title")}
            {...common}
            fields={[{ name: "reason", label: t("cases.actions.reopen.label"), kind: "textarea" }]}
            submitLabel={t("cases.actions.reopen.submit")}
            tone="secondary"
          />
        </Card>
      )}
      {can("addNote") && (
        <Card>
          <ActionForm
            id="note"
            title={t("cases.actions.note.title")}
            {...common}
            fields={[{ name: "body", label: t("cases.actions.note.label"), kind: "textarea" }]}
            submitLabel={t("cases.actions.note.submit")}
            tone="secondary"
          />
        </Card>
      )}
    </section>
  );
}

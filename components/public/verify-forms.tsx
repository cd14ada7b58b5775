"use client";

import { useTranslations } from "next-intl";
import { resendAction, verifyCodeAction, verifyLinkAction } from "@/lib/actions/public/verify";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FieldErrors } from "@/components/ui/field-errors";
import { resendVerificationSchema, verifyCodeSchema, verifyLinkSchema } from "@/lib/domain/intake/verification";
import { useSchemaForm } from "@/lib/forms/use-schema-form";
import { type Locale } from "@/lib/i18n/languages";
import { formatLongDate } from "@/lib/i18n/format";
import type { Confirmation } from "@/lib/server/intake/verify-email";

/** What the server said: confirmed, a new code sent, or why it refused. */
function Outcome({ ok, message }: { ok: boolean; message?: string }) {
  const t = useTranslations();
  if (ok && message === "verified") return <Alert tone="success">{t("verify.done")}</Alert>;
  if (ok && message === "resent") return <Alert tone="info">{t("verify.resent")}</Alert>;
  if (message && !ok) return <Alert>{message}</Alert>;
  return null;
}

/**
 * Just confirmed: the reference, the due date and the way to the status page, so the page is not a dead
 * end. Without a confirmation (the address was confirmed before) the email is where the link is.
 */
function Confirmed({ confirmation, locale }: { confirmation?: Confirmation; locale: Locale }) {
  const t = useTranslations();
  if (!confirmation) return <Outcome ok message="verified" />;
  return (
    <div className="space-y-4">
      <Alert tone="success">{t("verify.confirmed")}</Alert>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <dt className="text-slate-600">{t("verify.reference")}</dt>
        <dd className="font-mono" data-testid="reference">
          {confirmation.reference}
        </dd>
        <dt className="text-slate-600">{t("verify.due")}</dt>
        <dd data-testid="due">
          <time dateTime={confirmation.dueDate}>{formatLongDate(locale, confirmation.dueDate)}</time>
        </dd>
      </dl>
      <p>
        <a
          href={`/status/${confirmation.statusToken}`}
          className="inline-flex items-center justify-center rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800"
        >
          {t("verify.followLink")}
        </a>
      </p>
      <p className="text-sm text-slate-600">{t("verify.followHint")}</p>
    </div>
  );
}

/** Opened from the email link: one button confirms (a link scanner's visit changes nothing). */
export function VerifyLinkForm({ token, locale }: { token: string; locale: Locale }) {
  const t = useTranslations();
  const { formProps, pending, ok, message, errors, data } = useSchemaForm(verifyLinkSchema, verifyLinkAction);
  if (ok) return <Confirmed confirmation={data} locale={locale} />;
  return (
    <form {...formProps} className="space-y-4">
      <p>{t("verify.linkIntro")}</p>
      {/* The token is not typed: a malformed one is refused in a sentence, not next to a field. */}
      <Outcome ok={ok} message={message ?? errors.token?.[0]} />
      <input type="hidden" name="token" value={token} />
      <Button type="submit" disabled={pending}>
        {t("verify.confirmButton")}
      </Button>
    </form>
  );
}

/** After submitting: type the 6-digit code, or ask for a new one. */
export function VerifyCodeForm({ request, locale }: { request: string; locale: Locale }) {
  const t = useTranslations();
  const code = useSchemaForm(verifyCodeSchema, verifyCodeAction);
  const resend = useSchemaForm(resendVerificationSchema, resendAction);
  if (code.ok) return <Confirmed confirmation={code.data} locale={locale} />;
  return (
    <div className="space-y-6">
      <form {...code.formProps} className="space-y-4">
        <Outcome ok={code.ok} message={code.message} />
        <input type="hidden" name="caseId" value={request} />
        <Field
          label={t("verify.codeLabel")}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          errors={code.errors.code}
        />
        <Button type="submit" disabled={code.pending}>
          {t("verify.codeButton")}
        </Button>
      </form>
      <form {...resend.formProps}>
        <input type="hidden" name="caseId" value={request} />
        <Outcome ok={resend.ok} message={resend.message} />
        {/* No more emails to this address today (keyed by the request, as the request form's refusal). */}
        <FieldErrors id="resend-error" errors={resend.errors.request} />
        <Button type="submit" variant="secondary" disabled={resend.pending}>
          {t("verify.resend")}
        </Button>
      </form>
    </div>
  );
}

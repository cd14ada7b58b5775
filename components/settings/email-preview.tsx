"use client";

import { useTranslations } from "next-intl";
import type { RenderedEmail } from "@/lib/email/templates/types";

/**
 * One rendered email: its subject, the plain-text part and the HTML part in a sandboxed frame (no
 * scripts, no same-origin access, no navigation), so an email is shown exactly as built, never run.
 */
export function EmailPreview({ title, email, testId }: { title: string; email: RenderedEmail; testId: string }) {
  const t = useTranslations();
  return (
    <div className="min-w-0 space-y-2" data-testid={testId}>
      <h4 className="text-sm font-medium text-slate-700">{title}</h4>
      <p className="text-sm">
        <span className="mr-1 text-slate-600">{t("emails.preview.subject")}</span>
        <span className="font-medium" data-testid={`${testId}-subject`}>
          {email.subject}
        </span>
      </p>
      <details open>
        <summary className="cursor-pointer text-sm text-slate-700">{t("emails.preview.plainText")}</summary>
        <pre
          className="mt-1 max-h-72 overflow-auto rounded border border-slate-200 bg-slate-50 p-2 text-xs whitespace-pre-wrap"
          data-testid={`${testId}-text`}
        >
          {email.text}
        </pre>
      </details>
      <details>
        <summary className="cursor-pointer text-sm text-slate-700">{t("emails.preview.html")}</summary>
        <iframe
          title={t("emails.preview.frameTitle", { title })}
          sandbox=""
          srcDoc={email.html}
          className="mt-1 h-72 w-full rounded border border-slate-200 bg-white"
        />
      </details>
    </div>
  );
}

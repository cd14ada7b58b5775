"use client";

import { dismissFailedSignInNoticeAction } from "@/lib/actions/staff/staff-session";
import { Button } from "@/components/ui/button";
import { staffSessionSchema } from "@/lib/domain/auth/staff-session";
import { useSchemaForm } from "@/lib/forms/use-schema-form";

/**
 * Tells the owner, on every staff page until dismissed, about failed sign-ins on their account before
 * this sign-in. The text comes from the server in the person's language.
 */
export function FailedSignInNotice({ text, dismiss, lang }: { text: string; dismiss: string; lang: string }) {
  const { formProps, pending, ok, message } = useSchemaForm(staffSessionSchema, dismissFailedSignInNoticeAction);
  if (ok) return null;
  return (
    <div className="mx-auto max-w-7xl px-6 pt-4">
      <div
        role="status"
        lang={lang}
        className="flex items-center gap-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900"
        data-testid="failed-sign-in-notice"
      >
        <p className="flex-1">
          {text}
          {message && <span className="mt-1 block text-red-800">{message}</span>}
        </p>
        <form {...formProps}>
          <Button type="submit" variant="secondary" disabled={pending}>
            {dismiss}
          </Button>
        </form>
      </div>
    </div>
  );
}

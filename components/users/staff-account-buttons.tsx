"use client";

import { useTranslations } from "next-intl";
import { resendInvitationAction, setStaffDisabledAction } from "@/lib/actions/staff/staff-accounts";
import { Button } from "@/components/ui/button";
import { setStaffDisabledSchema, staffAccountSchema } from "@/lib/domain/users/staff-accounts";
import { useSchemaForm } from "@/lib/forms/use-schema-form";

/** The server's answer next to a button: its message, or why it refused (the account's hidden id included). */
export function Outcome({ ok, message, errors }: { ok: boolean; message?: string; errors: Record<string, string[]> }) {
  const text = message ?? Object.values(errors).flat()[0];
  if (!text) return null;
  return (
    <span role={ok ? "status" : "alert"} className={`ml-2 text-xs ${ok ? "" : "text-red-700"}`}>
      {text}
    </span>
  );
}

/** Disable or enable one account (not offered for one's own). */
export function StaffStatusButton({ userId, name, disabled }: { userId: string; name: string; disabled: boolean }) {
  const t = useTranslations();
  const { formProps, pending, ok, message, errors } = useSchemaForm(setStaffDisabledSchema, setStaffDisabledAction);
  return (
    <form {...formProps} className="inline">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
      <Button
        type="submit"
        variant="secondary"
        disabled={pending}
        aria-label={disabled ? t("settings.users.enableName", { name }) : t("settings.users.disableName", { name })}
      >
        {disabled ? t("settings.users.enable") : t("settings.users.disable")}
      </Button>
      <Outcome ok={ok} message={message} errors={errors} />
    </form>
  );
}

/** Sends a pending invitation again, with a new link. */
export function ResendInvitationButton({ userId, name }: { userId: string; name: string }) {
  const t = useTranslations();
  const { formProps, pending, ok, message, errors } = useSchemaForm(staffAccountSchema, resendInvitationAction);
  return (
    <form {...formProps} className="inline">
      <input type="hidden" name="userId" value={userId} />
      <Button type="submit" variant="ghost" disabled={pending} aria-label={t("settings.users.resendTo", { name })}>
        {t("settings.users.resend")}
      </Button>
      <Outcome ok={ok} message={message} errors={errors} />
    </form>
  );
}

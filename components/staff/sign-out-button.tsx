"use client";

import { useTranslations } from "next-intl";
import { signOutAction } from "@/lib/actions/staff/staff-session";
import { Button } from "@/components/ui/button";
import { staffSessionSchema } from "@/lib/domain/auth/staff-session";
import { useSchemaForm } from "@/lib/forms/use-schema-form";

/** Ends the session and goes to the sign-in page. */
export function SignOutButton() {
  const t = useTranslations();
  const { formProps, pending } = useSchemaForm(staffSessionSchema, signOutAction);
  return (
    <form {...formProps}>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("staffShell.nav.signOut")}
      </Button>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { changeStaffRoleAction } from "@/lib/actions/staff/staff-accounts";
import { Button } from "@/components/ui/button";
import { Outcome } from "@/components/users/staff-account-buttons";
import { ROLES, type StaffRole } from "@/lib/auth/roles";
import { changeStaffRoleSchema } from "@/lib/domain/users/staff-accounts";
import { useSchemaForm } from "@/lib/forms/use-schema-form";

export function StaffRoleForm({ userId, name, role }: { userId: string; name: string; role: StaffRole }) {
  const t = useTranslations();
  const { formProps, pending, ok, message, errors } = useSchemaForm(changeStaffRoleSchema, changeStaffRoleAction);
  const selectId = `role-${userId}`;
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={selectId} className="sr-only">
        {t("settings.users.roleOf", { name })}
      </label>
      <select
        id={selectId}
        name="role"
        defaultValue={role}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`labels.roles.${r}`)}
          </option>
        ))}
      </select>
      <Button
        type="submit"
        variant="secondary"
        disabled={pending}
        aria-label={t("settings.users.changeRoleOf", { name })}
      >
        {t("settings.users.change")}
      </Button>
      <Outcome ok={ok} message={message} errors={errors} />
    </form>
  );
}

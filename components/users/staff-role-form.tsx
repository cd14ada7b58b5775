"use client";

import { useActionState } from "react";
import { changeStaffRoleAction } from "@/lib/actions/staff/staff-accounts";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/forms/form-state";
import { ROLE_LABELS, ROLES, type StaffRole } from "@/lib/auth/roles";

export function StaffRoleForm({ userId, name, role }: { userId: string; name: string; role: StaffRole }) {
  const [state, action, pending] = useActionState<FormState, FormData>(changeStaffRoleAction, {});
  const selectId = `role-${userId}`;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={selectId} className="sr-only">
        Role of {name}
      </label>
      <select
        id={selectId}
        name="role"
        defaultValue={role}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      <Button type="submit" variant="secondary" disabled={pending} aria-label={`Change role of ${name}`}>
        Change
      </Button>
      {state.message && (
        <span role={state.ok ? "status" : "alert"} className={`text-xs ${state.ok ? "" : "text-red-700"}`}>
          {state.message}
        </span>
      )}
    </form>
  );
}

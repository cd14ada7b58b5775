"use client";

import { useActionState } from "react";
import { inviteStaffAction } from "@/lib/actions/staff/staff-accounts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FieldErrors } from "@/components/ui/field-errors";
import type { FormState } from "@/lib/forms/form-state";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";

export function InviteStaffForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(inviteStaffAction, {});
  const roleErrors = state.errors?.role;
  return (
    <form action={action} className="flex flex-wrap items-start gap-3" noValidate>
      <div className="min-w-64 flex-1">
        <Field label="Email" name="email" type="email" autoComplete="off" required errors={state.errors?.email} />
      </div>
      <div className="min-w-56 flex-1">
        <Field label="Name" name="name" autoComplete="off" required errors={state.errors?.name} />
      </div>
      <div className="space-y-1">
        <label htmlFor="invite-role" className="block text-sm font-medium text-slate-800">
          Role
        </label>
        <select
          id="invite-role"
          name="role"
          defaultValue="ANALYST"
          aria-invalid={roleErrors?.length ? true : undefined}
          aria-describedby={roleErrors?.length ? "role-error" : undefined}
          className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
        <FieldErrors id="role-error" errors={roleErrors} />
      </div>
      <div className="pt-6">
        <Button type="submit" disabled={pending}>
          {pending ? "Inviting…" : "Send invitation"}
        </Button>
      </div>
      {state.message && (
        <div className="basis-full">
          <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert>
        </div>
      )}
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { resendInvitationAction, setStaffDisabledAction } from "@/lib/actions/staff/staff-accounts";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/forms/form-state";

function Outcome({ state }: { state: FormState }) {
  if (!state.message) return null;
  return (
    <span role={state.ok ? "status" : "alert"} className={`ml-2 text-xs ${state.ok ? "" : "text-red-700"}`}>
      {state.message}
    </span>
  );
}

/** Disable or enable one account (not offered for one's own). */
export function StaffStatusButton({ userId, name, disabled }: { userId: string; name: string; disabled: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(setStaffDisabledAction, {});
  const verb = disabled ? "Enable" : "Disable";
  return (
    <form action={action} className="inline">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
      <Button type="submit" variant="secondary" disabled={pending} aria-label={`${verb} ${name}`}>
        {verb}
      </Button>
      <Outcome state={state} />
    </form>
  );
}

/** Sends a pending invitation again, with a new link. */
export function ResendInvitationButton({ userId, name }: { userId: string; name: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(resendInvitationAction, {});
  return (
    <form action={action} className="inline">
      <input type="hidden" name="userId" value={userId} />
      <Button type="submit" variant="ghost" disabled={pending} aria-label={`Resend invitation to ${name}`}>
        Resend invitation
      </Button>
      <Outcome state={state} />
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { confirmCaseCustomerAction } from "@/lib/actions/staff/customers";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/forms/form-state";

/** Confirms one customer for a case (or, with no customer, clears the confirmation). */
export function ConfirmCustomerButton({
  caseId,
  version,
  customer,
}: {
  caseId: string;
  version: number;
  customer: { id: string; name: string } | null;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(confirmCaseCustomerAction, {});
  return (
    <form action={action} className="inline-flex flex-wrap items-center gap-2">
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <input type="hidden" name="customerId" value={customer?.id ?? ""} />
      <Button
        type="submit"
        variant="secondary"
        disabled={pending}
        className="px-2 py-1 text-xs"
        aria-label={customer ? `Confirm ${customer.name}` : "Clear the confirmed customer"}
      >
        {customer ? "Confirm" : "Clear"}
      </Button>
      {state.message && (
        <span role={state.ok ? "status" : "alert"} className={`text-xs ${state.ok ? "" : "text-red-700"}`}>
          {state.message}
        </span>
      )}
    </form>
  );
}

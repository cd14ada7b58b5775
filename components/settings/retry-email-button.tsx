"use client";

import { useActionState } from "react";
import { retryEmailAction } from "@/lib/actions/staff/email-settings";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/forms/form-state";

export function RetryEmailButton({ outboxId }: { outboxId: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(retryEmailAction, {});
  return (
    <form action={action} className="inline">
      <input type="hidden" name="outboxId" value={outboxId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Retry
      </Button>
      {state.message && (
        <span className="ml-2 text-xs" role="status">
          {state.message}
        </span>
      )}
    </form>
  );
}

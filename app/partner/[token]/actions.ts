"use server";

import { revalidatePath } from "next/cache";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { respondToRouting } from "@/lib/server/routing/respond-to-routing";

const DONE = {
  ACKNOWLEDGE: "Thank you: the request is acknowledged. The requester has been told that you decide on it.",
  COMPLETE: "Thank you: the outcome is recorded and the requester has been told.",
  DECLINE: "Thank you: we take the request back and the requester has been told.",
} as const;

/** The customer's answer through their link; the token is the only credential. */
export async function respondToRoutingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const input = Object.fromEntries([...formData.entries()].filter(([key]) => !key.startsWith("$ACTION")));
    const { state } = await respondToRouting(input);
    const token = formData.get("token");
    if (typeof token === "string") revalidatePath(`/partner/${token}`);
    return state === "ACKNOWLEDGED" ? DONE.ACKNOWLEDGE : state === "COMPLETED_BY_CONTROLLER" ? DONE.COMPLETE : DONE.DECLINE;
  });
}

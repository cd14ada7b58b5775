"use server";

import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/guards";
import { requestFromFields } from "@/lib/domain/intake/form-data";
import { filesFromFormData } from "@/lib/forms/files-from-form-data";
import { formStateFromError, type FormState } from "@/lib/forms/form-state";
import { logRequestOnBehalf } from "@/lib/server/cases/log-request-on-behalf";

/** Staff log a request received by email or post: the public form's fields plus channel and arrival time. */
export async function logRequestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let caseId: string;
  try {
    const actor = await requirePermission("cases:work");
    const { channel, receivedAt, ...fields } = Object.fromEntries(
      [...formData.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"),
    );
    const request = requestFromFields(Object.entries(fields));
    delete request.website;
    ({ id: caseId } = await logRequestOnBehalf(
      { request, receipt: { channel, receivedAt: receivedAt || undefined }, files: await filesFromFormData(formData) },
      actor,
    ));
  } catch (error) {
    return formStateFromError(error);
  }
  redirect(`/cases/${caseId}`);
}

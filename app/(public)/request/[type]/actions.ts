"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requestFromFields } from "@/lib/domain/intake/form-data";
import { filesFromFormData } from "@/lib/forms/files-from-form-data";
import { formStateFromError, type FormState } from "@/lib/forms/form-state";
import { clientIp } from "@/lib/server/http/read-json-body";
import { submitRequest, type SubmissionResult } from "@/lib/server/intake/submit-request";

/** The public form's submission: same schema and use-case as the JSON API, plus the attached files. */
export async function submitRequestAction(_: FormState, formData: FormData): Promise<FormState> {
  const files = await filesFromFormData(formData);
  const ip = clientIp(await headers());
  let result: SubmissionResult;
  try {
    result = await submitRequest({ request: requestFromFields(formData.entries()), files, channel: "WEB", ip });
  } catch (error) {
    return formStateFromError(error);
  }
  if (!result.caseId) redirect("/verify");
  // Recorded without a verification email (the mailbox had its day's emails): the page says what to do.
  redirect(`/verify?request=${result.caseId}${result.verificationEmailHeld ? "&email=held" : ""}`);
}

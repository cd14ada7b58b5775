"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requestFromFields } from "@/lib/domain/intake/form-data";
import { formStateFromError, type FormState } from "@/lib/forms/form-state";
import { submitRequest } from "@/lib/server/intake/submit-request";

/** The public form's submission: same schema and use-case as the JSON API, plus the attached files. */
export async function submitRequestAction(_: FormState, formData: FormData): Promise<FormState> {
  const files = await Promise.all(
    formData
      .getAll("files")
      .filter((f): f is File => typeof f !== "string" && f.size > 0)
      .map(async (f) => ({ filename: f.name, bytes: Buffer.from(await f.arrayBuffer()) })),
  );
  const requestHeaders = await headers();
  const ip = requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim() || requestHeaders.get("x-real-ip") || "web";
  let caseId: string | null;
  try {
    ({ caseId } = await submitRequest({ request: requestFromFields(formData.entries()), files, channel: "WEB", ip }));
  } catch (error) {
    return formStateFromError(error);
  }
  redirect(caseId ? `/verify?request=${caseId}` : "/verify");
}

"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { publicFormAction } from "@/lib/forms/form-action";
import { requestFormSchema } from "@/lib/forms/request-form-schema";
import { incomingFiles } from "@/lib/forms/upload-files";
import { clientIp } from "@/lib/http/client-address";
import { submitRequest } from "@/lib/server/intake/submit-request";

/** The public form's submission: same schema and use-case as the JSON API, plus the attached files. */
export const submitRequestAction = publicFormAction({
  schema: requestFormSchema,
  run: async ({ files, ...request }) => {
    const ip = clientIp(await headers());
    const result = await submitRequest({ request, files: await incomingFiles(files), channel: "WEB", ip });
    if (!result.caseId) redirect("/verify");
    // Recorded without a verification email (the mailbox had its day's emails): the page says what to do.
    redirect(`/verify?request=${result.caseId}${result.verificationEmailHeld ? "&email=held" : ""}`);
  },
});

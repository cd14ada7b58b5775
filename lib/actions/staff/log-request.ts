"use server";

import { redirect } from "next/navigation";
import { staffFormAction } from "@/lib/forms/form-action";
import { loggedRequestFormSchema } from "@/lib/forms/request-form-schema";
import { incomingFiles } from "@/lib/forms/upload-files";
import { logRequestOnBehalf } from "@/lib/server/cases/log-request-on-behalf";

/** Staff log a request received by email or post: the public form's fields plus channel and arrival time. */
export const logRequestAction = staffFormAction("cases:work", {
  schema: loggedRequestFormSchema,
  run: async ({ files, channel, receivedAt, website: _honeypot, ...request }, { actor }) => {
    const { id } = await logRequestOnBehalf(
      { request, receipt: { channel, receivedAt }, files: await incomingFiles(files) },
      actor,
    );
    redirect(`/cases/${id}`);
  },
});

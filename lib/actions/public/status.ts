"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { stopStatusLinkSchema, withdrawRequestSchema } from "@/lib/domain/status/status-page-forms";
import { publicFormAction } from "@/lib/forms/form-action";
import { statusReplyFormSchema } from "@/lib/forms/status-reply-form-schema";
import { incomingFiles } from "@/lib/forms/upload-files";
import { replyAsRequester } from "@/lib/server/status/reply-as-requester";
import { stopStatusLink } from "@/lib/server/status/stop-status-link";
import { withdrawRequest } from "@/lib/server/status/withdraw-request";

/** The requester's reply on their status page, with the files they attached; the token is the credential. */
export const replyAction = publicFormAction({
  schema: statusReplyFormSchema,
  run: async ({ files, ...reply }) => {
    await replyAsRequester(reply, await incomingFiles(files));
    revalidatePath(`/status/${reply.token}`);
    return "replied";
  },
});

export const withdrawAction = publicFormAction({
  schema: withdrawRequestSchema,
  run: async (input) => {
    await withdrawRequest(input);
    revalidatePath(`/status/${input.token}`);
    return "withdrawn";
  },
});

/** "Stop this link working": revoked, then off to /status, which says so and offers a new link. */
export const stopLinkAction = publicFormAction({
  schema: stopStatusLinkSchema,
  run: async (input) => {
    await stopStatusLink(input);
    redirect("/status?stopped=1");
  },
});

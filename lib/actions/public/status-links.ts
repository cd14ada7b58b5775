"use server";

import { headers } from "next/headers";
import { statusLinksSchema } from "@/lib/domain/status/status-links";
import { publicFormAction } from "@/lib/forms/form-action";
import { clientIp } from "@/lib/http/client-address";
import { sendStatusLinks } from "@/lib/server/status/send-status-links";

/** Fresh status links to an address; limited per client address and per mailbox (the use-case's limits). */
export const sendStatusLinksAction = publicFormAction({
  schema: statusLinksSchema,
  run: async (input) => {
    await sendStatusLinks(input, clientIp(await headers()));
  },
});

import { z } from "zod";
import { plainEmail } from "./layout";
import { defineTemplate } from "./types";

/** Confirms that the requester withdrew their request. */
export const requesterWithdrawn = defineTemplate({
  name: "requester-withdrawn",
  payload: z.object({ reference: z.string() }),
  render({ reference }, { appUrl, locale }) {
    if (locale === "zh") {
      return plainEmail(
        `您已撤回请求 ${reference}`,
        [`您的请求 ${reference} 已按您的要求撤回，我们将不再处理。`],
        appUrl,
      );
    }
    return plainEmail(
      `You withdrew your request ${reference}`,
      [`Your request ${reference} was withdrawn as you asked. We will not work on it any further.`],
      appUrl,
    );
  },
});

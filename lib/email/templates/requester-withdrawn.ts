import { z } from "zod";
import { SAMPLE_REFERENCE } from "./samples";
import { defineTemplate } from "./types";

/** Confirms that the requester withdrew their request. */
export const requesterWithdrawn = defineTemplate({
  name: "requester-withdrawn",
  label: "Withdrawal confirmed",
  audience: "Requester",
  payload: z.object({ reference: z.string() }),
  placeholders: ["reference"],
  sample: { reference: SAMPLE_REFERENCE },
  en: ({ reference }) => ({
    subject: `You withdrew your request ${reference}`,
    paragraphs: [`Your request ${reference} was withdrawn as you asked. We will not work on it any further.`],
  }),
  zh: ({ reference }) => ({
    subject: `您已撤回请求 ${reference}`,
    paragraphs: [`您的请求 ${reference} 已按您的要求撤回，我们将不再处理。`],
  }),
});

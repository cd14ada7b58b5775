import { z } from "zod";
import { SAMPLE_REFERENCE } from "./samples";
import { defineTemplate } from "./types";

/** Confirms that the requester withdrew their request. */
export const requesterWithdrawn = defineTemplate({
  name: "requester-withdrawn",
  label: (t) => t("emails.requesterWithdrawn.label"),
  audience: "Requester",
  payload: z.object({ reference: z.string() }),
  placeholders: ["reference"],
  sample: { reference: SAMPLE_REFERENCE },
  write: ({ reference }, { t }) => ({
    subject: t("emails.requesterWithdrawn.subject", { reference }),
    paragraphs: [t("emails.requesterWithdrawn.body", { reference })],
  }),
});

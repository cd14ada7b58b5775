import { z } from "zod";
import { SAMPLE_REFERENCE } from "./samples";
import { defineTemplate } from "./types";

/**
 * The request is answered: fulfilled in full or in part, or closed as a repeat of another request.
 * The summary is what staff wrote for the requester; it must not repeat the request's details.
 */
export const requesterResolved = defineTemplate({
  name: "requester-resolved",
  label: (t) => t("emails.requesterResolved.label"),
  audience: "Requester",
  payload: z.object({
    reference: z.string(),
    outcome: z.enum(["FULFILLED", "PARTIALLY_FULFILLED", "DUPLICATE"]),
    summary: z.string(),
    duplicateOf: z.string().optional(),
  }),
  placeholders: ["reference", "summary", "duplicateOf"],
  sample: {
    reference: SAMPLE_REFERENCE,
    outcome: "FULFILLED",
    summary: "We corrected your postal address in our records.",
  },
  write: ({ reference, outcome, summary, duplicateOf }, { t, appUrl }) => ({
    subject: t("emails.requesterResolved.subject", { reference }),
    paragraphs: [
      t(`emails.requesterResolved.outcomes.${outcome}`, { reference, duplicateOf: duplicateOf ?? "" }),
      summary,
      t("emails.requesterResolved.status", { url: `${appUrl}/status` }),
    ],
  }),
});

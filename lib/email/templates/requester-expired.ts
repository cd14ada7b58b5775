import { z } from "zod";
import { defineTemplate } from "./types";

/** An unconfirmed request was closed after 7 days and its details deleted. */
export const requesterExpired = defineTemplate({
  name: "requester-expired",
  label: (t) => t("emails.requesterExpired.label"),
  audience: "Requester",
  payload: z.object({}),
  sample: {},
  write: (_payload, { t, appUrl }) => ({
    subject: t("emails.requesterExpired.subject"),
    paragraphs: [t("emails.requesterExpired.body"), t("emails.requesterExpired.again", { url: appUrl })],
  }),
});

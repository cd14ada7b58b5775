import { z } from "zod";
import { SAMPLE_REFERENCE, SAMPLE_TOKEN } from "./samples";
import { defineTemplate } from "./types";

/** New private links to the requester's open requests, asked for on the status page (earlier ones stop working). */
export const requesterStatusLinks = defineTemplate({
  name: "requester-status-links",
  label: (t) => t("emails.requesterStatusLinks.label"),
  audience: "Requester",
  payload: z.object({ links: z.array(z.object({ reference: z.string(), statusToken: z.string().min(20) })).min(1) }),
  secretFields: ["links"],
  sample: { links: [{ reference: SAMPLE_REFERENCE, statusToken: SAMPLE_TOKEN }] },
  write: ({ links }, { t, appUrl }) => ({
    subject: t("emails.requesterStatusLinks.subject"),
    paragraphs: [
      t("emails.requesterStatusLinks.intro"),
      ...links.map((l) =>
        t("emails.requesterStatusLinks.link", { reference: l.reference, url: `${appUrl}/status/${l.statusToken}` }),
      ),
      t("emails.requesterStatusLinks.earlier"),
    ],
  }),
});

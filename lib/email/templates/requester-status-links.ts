import { z } from "zod";
import { SAMPLE_REFERENCE, SAMPLE_TOKEN } from "./samples";
import { defineTemplate } from "./types";

/** New private links to the requester's open requests, asked for on the status page (earlier ones stop working). */
export const requesterStatusLinks = defineTemplate({
  name: "requester-status-links",
  label: "Status links sent again",
  audience: "Requester",
  payload: z.object({ links: z.array(z.object({ reference: z.string(), statusToken: z.string().min(20) })).min(1) }),
  secretFields: ["links"],
  sample: { links: [{ reference: SAMPLE_REFERENCE, statusToken: SAMPLE_TOKEN }] },
  en: ({ links }, { appUrl }) => ({
    subject: "New links to your requests",
    paragraphs: [
      "Here are new private links to your requests (do not share them):",
      ...links.map((l) => `${l.reference}: ${appUrl}/status/${l.statusToken}`),
      "Earlier links to these requests no longer work.",
    ],
  }),
  zh: ({ links }, { appUrl }) => ({
    subject: "您请求的新链接",
    paragraphs: [
      "以下是您的请求的新私人链接（请勿转发）：",
      ...links.map((l) => `${l.reference}: ${appUrl}/status/${l.statusToken}`),
      "这些请求之前的链接已失效。",
    ],
  }),
});

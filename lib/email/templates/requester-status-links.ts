import { z } from "zod";
import { plainEmail } from "./layout";
import { defineTemplate } from "./types";

/** New private links to the requester's open requests, asked for on the status page (earlier ones stop working). */
export const requesterStatusLinks = defineTemplate({
  name: "requester-status-links",
  payload: z.object({ links: z.array(z.object({ reference: z.string(), statusToken: z.string().min(20) })).min(1) }),
  secretFields: ["links"],
  render({ links }, { appUrl, locale }) {
    const lines = links.map((l) => `${l.reference}: ${appUrl}/status/${l.statusToken}`);
    if (locale === "zh") {
      return plainEmail(
        "您请求的新链接",
        ["以下是您的请求的新私人链接（请勿转发）：", ...lines, "这些请求之前的链接已失效。"],
        appUrl,
      );
    }
    return plainEmail(
      "New links to your requests",
      [
        "Here are new private links to your requests (do not share them):",
        ...lines,
        "Earlier links to these requests no longer work.",
      ],
      appUrl,
    );
  },
});

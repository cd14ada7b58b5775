import { z } from "zod";
import { plainEmail } from "./layout";
import { defineTemplate } from "./types";

/**
 * The request is answered: fulfilled in full or in part, or closed as a repeat of another request.
 * The summary is what staff wrote for the requester; it must not repeat the request's details.
 */
export const requesterResolved = defineTemplate({
  name: "requester-resolved",
  payload: z.object({
    reference: z.string(),
    outcome: z.enum(["FULFILLED", "PARTIALLY_FULFILLED", "DUPLICATE"]),
    summary: z.string(),
    duplicateOf: z.string().optional(),
  }),
  render({ reference, outcome, summary, duplicateOf }, { appUrl, locale }) {
    if (locale === "zh") {
      const lead = {
        FULFILLED: `我们已完成您的请求 ${reference}。`,
        PARTIALLY_FULFILLED: `我们已部分完成您的请求 ${reference}。`,
        DUPLICATE: `您的请求 ${reference} 与请求 ${duplicateOf ?? ""} 重复，我们将在该请求中答复您。`,
      }[outcome];
      return plainEmail(`您的请求 ${reference} 已处理`, [lead, summary, `查看请求状态：${appUrl}/status`], appUrl);
    }
    const lead = {
      FULFILLED: `We have completed your request ${reference}.`,
      PARTIALLY_FULFILLED: `We have completed part of your request ${reference}.`,
      DUPLICATE: `Your request ${reference} repeats request ${duplicateOf ?? ""}; we answer you there.`,
    }[outcome];
    return plainEmail(
      `Your request ${reference} is answered`,
      [lead, summary, `See its status at ${appUrl}/status`],
      appUrl,
    );
  },
});

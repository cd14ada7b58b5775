import { z } from "zod";
import { SAMPLE_REFERENCE } from "./samples";
import { defineTemplate } from "./types";

/**
 * The request is answered: fulfilled in full or in part, or closed as a repeat of another request.
 * The summary is what staff wrote for the requester; it must not repeat the request's details.
 */
export const requesterResolved = defineTemplate({
  name: "requester-resolved",
  label: "Request answered",
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
  en: ({ reference, outcome, summary, duplicateOf }, { appUrl }) => ({
    subject: `Your request ${reference} is answered`,
    paragraphs: [
      {
        FULFILLED: `We have completed your request ${reference}.`,
        PARTIALLY_FULFILLED: `We have completed part of your request ${reference}.`,
        DUPLICATE: `Your request ${reference} repeats request ${duplicateOf ?? ""}; we answer you there.`,
      }[outcome],
      summary,
      `See its status at ${appUrl}/status`,
    ],
  }),
  zh: ({ reference, outcome, summary, duplicateOf }, { appUrl }) => ({
    subject: `您的请求 ${reference} 已处理`,
    paragraphs: [
      {
        FULFILLED: `我们已完成您的请求 ${reference}。`,
        PARTIALLY_FULFILLED: `我们已部分完成您的请求 ${reference}。`,
        DUPLICATE: `您的请求 ${reference} 与请求 ${duplicateOf ?? ""} 重复，我们将在该请求中答复您。`,
      }[outcome],
      summary,
      `查看请求状态：${appUrl}/status`,
    ],
  }),
});

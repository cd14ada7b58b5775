import { z } from "zod";
import { SAMPLE_CUSTOMER, SAMPLE_REFERENCE } from "./samples";
import { defineTemplate } from "./types";

/** A reminder to the customer: the routed request is still not acknowledged (the link is in the first email). */
export const customerRoutingReminder = defineTemplate({
  name: "customer-routing-reminder",
  label: "Routing reminder (to the customer)",
  audience: "Customer",
  payload: z.object({ reference: z.string(), customerName: z.string(), sentOn: z.string() }),
  placeholders: ["reference", "customerName", "sentOn"],
  sample: { reference: SAMPLE_REFERENCE, customerName: SAMPLE_CUSTOMER, sentOn: "2026-11-16" },
  en: ({ reference, customerName, sentOn }) => ({
    subject: `Reminder: data-subject request ${reference} awaits ${customerName}`,
    paragraphs: [
      `On ${sentOn} we passed you a data-subject request (${reference}) about data ${customerName} controls. It has not been acknowledged yet.`,
      "Please open the link in our first email and acknowledge the request, report its outcome, or decline it. If the link is lost or expired, reply to this email and we will send a new one.",
    ],
  }),
});

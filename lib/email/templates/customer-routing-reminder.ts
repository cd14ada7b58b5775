import { z } from "zod";
import { SAMPLE_CUSTOMER, SAMPLE_REFERENCE } from "./samples";
import { defineTemplate } from "./types";

/**
 * A reminder to the customer: the routed request is still not acknowledged (the link is in the first
 * email). Written in the customer's language.
 */
export const customerRoutingReminder = defineTemplate({
  name: "customer-routing-reminder",
  label: (t) => t("emails.customerRoutingReminder.label"),
  audience: "Customer",
  payload: z.object({ reference: z.string(), customerName: z.string(), sentOn: z.string() }),
  placeholders: ["reference", "customerName", "sentOn"],
  sample: { reference: SAMPLE_REFERENCE, customerName: SAMPLE_CUSTOMER, sentOn: "2026-11-16" },
  write: ({ reference, customerName, sentOn }, { t }) => ({
    subject: t("emails.customerRoutingReminder.subject", { reference, customerName }),
    paragraphs: [
      t("emails.customerRoutingReminder.body", { reference, customerName, sentOn }),
      t("emails.customerRoutingReminder.options"),
    ],
  }),
});

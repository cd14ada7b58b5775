import { z } from "zod";
import { SAMPLE_CUSTOMER, SAMPLE_REFERENCE, SAMPLE_TOKEN } from "./samples";
import { defineTemplate } from "./types";

/**
 * To a cloud customer's privacy contact: a data-subject request about data they control reached us as
 * their processor. The details sit behind the secure link (removed from the outbox once sent). Written in
 * the customer's language.
 */
export const customerRoutedRequest = defineTemplate({
  name: "customer-routed-request",
  label: (t) => t("emails.customerRoutedRequest.label"),
  audience: "Customer",
  payload: z.object({ reference: z.string(), customerName: z.string(), token: z.string(), expiresAt: z.string() }),
  secretFields: ["token"],
  placeholders: ["reference", "customerName", "expiresAt"],
  sample: { reference: SAMPLE_REFERENCE, customerName: SAMPLE_CUSTOMER, token: SAMPLE_TOKEN, expiresAt: "2026-12-18" },
  write: ({ reference, customerName, token, expiresAt }, { t, appUrl }) => ({
    subject: t("emails.customerRoutedRequest.subject", { reference, customerName }),
    paragraphs: [
      t("emails.customerRoutedRequest.body", { customerName }),
      t("emails.customerRoutedRequest.link", { expiresOn: expiresAt.slice(0, 10), url: `${appUrl}/partner/${token}` }),
      t("emails.customerRoutedRequest.options"),
    ],
  }),
});

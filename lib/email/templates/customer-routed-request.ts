import { z } from "zod";
import { plainEmail } from "./layout";
import { defineTemplate } from "./types";

/**
 * To a cloud customer's privacy contact: a data-subject request about data they control reached us as
 * their processor. The details sit behind the secure link (removed from the outbox once sent).
 */
export const customerRoutedRequest = defineTemplate({
  name: "customer-routed-request",
  payload: z.object({ reference: z.string(), customerName: z.string(), token: z.string(), expiresAt: z.string() }),
  secretFields: ["token"],
  render({ reference, customerName, token, expiresAt }, { appUrl }) {
    const link = `${appUrl}/partner/${token}`;
    return plainEmail(
      `Data-subject request ${reference} for ${customerName}`,
      [
        `We process personal data on behalf of ${customerName}. A person asked us to act on their rights over data that ${customerName} controls, so we pass the request to you to decide on it (our privacy policy, section 6.4).`,
        `Open the request (link valid until ${expiresAt.slice(0, 10)}): ${link}`,
        "On that page you can acknowledge it, report the outcome, or tell us it is not your data subject or not your customer. We will help with anything you need from our side.",
      ],
      appUrl,
    );
  },
});

import { z } from "zod";
import { plainEmail } from "./layout";
import { defineTemplate } from "./types";

/** A reminder to the customer: the routed request is still not acknowledged (the link is in the first email). */
export const customerRoutingReminder = defineTemplate({
  name: "customer-routing-reminder",
  payload: z.object({ reference: z.string(), customerName: z.string(), sentOn: z.string() }),
  render({ reference, customerName, sentOn }, { appUrl }) {
    return plainEmail(
      `Reminder: data-subject request ${reference} awaits ${customerName}`,
      [
        `On ${sentOn} we passed you a data-subject request (${reference}) about data ${customerName} controls. It has not been acknowledged yet.`,
        "Please open the link in our first email and acknowledge the request, report its outcome, or decline it. If the link is lost or expired, reply to this email and we will send a new one.",
      ],
      appUrl,
    );
  },
});

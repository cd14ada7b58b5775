import { z } from "zod";
import { SAMPLE_CUSTOMER, SAMPLE_REFERENCE } from "./samples";
import { defineTemplate } from "./types";

/**
 * The requester's request went to the business customer who controls the data: they decide on it,
 * and this is how to reach them (policy 6.4).
 */
export const requesterRouted = defineTemplate({
  name: "requester-routed",
  label: (t) => t("emails.requesterRouted.label"),
  audience: "Requester",
  payload: z.object({ reference: z.string(), customerName: z.string(), customerContacts: z.array(z.string()) }),
  placeholders: ["reference", "customerName"],
  sample: { reference: SAMPLE_REFERENCE, customerName: SAMPLE_CUSTOMER, customerContacts: ["privacy@example.com"] },
  write: ({ reference, customerName, customerContacts }, { t, appUrl }) => {
    const contacts = customerContacts.join(", ");
    return {
      subject: t("emails.requesterRouted.subject", { reference, customerName }),
      paragraphs: [
        t("emails.requesterRouted.body", { reference, customerName }),
        contacts
          ? t("emails.requesterRouted.contacts", { customerName, contacts })
          : t("emails.requesterRouted.noContacts", { customerName }),
        t("emails.requesterRouted.status", { url: `${appUrl}/status` }),
      ],
    };
  },
});

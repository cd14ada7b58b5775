import { z } from "zod";
import { SAMPLE_CUSTOMER, SAMPLE_REFERENCE } from "./samples";
import { defineTemplate } from "./types";

/** What the customer did with the routed request, in plain words for the requester. */
export const requesterRoutingUpdate = defineTemplate({
  name: "requester-routing-update",
  label: (t) => t("emails.requesterRoutingUpdate.label"),
  audience: "Requester",
  payload: z.object({
    reference: z.string(),
    customerName: z.string(),
    state: z.enum(["ACKNOWLEDGED", "COMPLETED_BY_CONTROLLER", "DECLINED_BY_CONTROLLER"]),
  }),
  placeholders: ["reference", "customerName"],
  sample: { reference: SAMPLE_REFERENCE, customerName: SAMPLE_CUSTOMER, state: "ACKNOWLEDGED" },
  write: ({ reference, customerName, state }, { t, appUrl }) => ({
    subject: t("emails.requesterRoutingUpdate.subject", { reference }),
    paragraphs: [
      t(`emails.requesterRoutingUpdate.states.${state}`, { reference, customerName }),
      t("emails.requesterRoutingUpdate.status", { url: `${appUrl}/status` }),
    ],
  }),
});

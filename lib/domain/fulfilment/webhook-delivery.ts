import { z } from "zod";

/** A delivery's id as the `webhook-id` header carries it ("msg_" and 32 letters or digits). */
export const WEBHOOK_ID = /^msg_[A-Za-z0-9]{32}$/;

/** "Send again" on the delivery log: which delivery. */
export const resendDeliverySchema = z.object({
  deliveryId: z.string({ error: "unknown_delivery" }).regex(WEBHOOK_ID, "unknown_delivery"),
});

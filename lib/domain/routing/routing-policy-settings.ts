import { z } from "zod";

/** The routing clock an administrator sets (settings form and use-case). */
const businessDays = (what: string) =>
  z.coerce
    .number({ message: `Enter ${what} as a number of business days.` })
    .int(`Enter ${what} as a whole number of business days.`)
    .min(1, "At least 1 business day.")
    .max(60, "At most 60 business days.");

const policyFields = z.object({
  forwardWithinBusinessDays: businessDays("the forwarding target"),
  remindAfterBusinessDays: businessDays("the reminder"),
  escalateAfterBusinessDays: businessDays("the escalation"),
  linkValidDays: z.coerce
    .number({ message: "Enter how many days a customer link works." })
    .int("Enter a whole number of days.")
    .min(1, "At least 1 day.")
    .max(90, "At most 90 days."),
});
const reminderAndEscalation = policyFields.pick({ remindAfterBusinessDays: true, escalateAfterBusinessDays: true });

export const routingPolicySchema = policyFields.refine((p) => p.remindAfterBusinessDays < p.escalateAfterBusinessDays, {
  path: ["escalateAfterBusinessDays"],
  message: "Escalate later than the customer is reminded.",
  // Compared only once both are valid numbers, so a bad value gets one message, next to its own field.
  when: (payload) => reminderAndEscalation.safeParse(payload.value).success,
});

export type RoutingPolicySettings = z.infer<typeof routingPolicySchema>;

import { z } from "zod";

/** The routing clock an administrator sets (settings form and use-case). */
const businessDays = (what: "forward" | "remind" | "escalate") =>
  z.coerce
    .number({ message: `${what}_days_number` })
    .int(`${what}_days_whole`)
    .min(1, "at_least_business_days:1")
    .max(60, "at_most_business_days:60");

const policyFields = z.object({
  forwardWithinBusinessDays: businessDays("forward"),
  remindAfterBusinessDays: businessDays("remind"),
  escalateAfterBusinessDays: businessDays("escalate"),
  linkValidDays: z.coerce
    .number({ message: "link_days_number" })
    .int("whole_days")
    .min(1, "at_least_days:1")
    .max(90, "at_most_days:90"),
});
const reminderAndEscalation = policyFields.pick({ remindAfterBusinessDays: true, escalateAfterBusinessDays: true });

export const routingPolicySchema = policyFields.refine((p) => p.remindAfterBusinessDays < p.escalateAfterBusinessDays, {
  path: ["escalateAfterBusinessDays"],
  message: "escalate_after_reminder",
  // Compared only once both are valid numbers, so a bad value gets one message, next to its own field.
  when: (payload) => reminderAndEscalation.safeParse(payload.value).success,
});

export type RoutingPolicySettings = z.infer<typeof routingPolicySchema>;

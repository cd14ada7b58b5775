import { z } from "zod";

/** The fulfilment clock and limits an administrator sets (settings form and use-case). */
const businessDays = (what: "remind" | "escalate") =>
  z.coerce
    .number({ message: `${what}_days_number` })
    .int(`${what}_days_whole`)
    .min(1, "at_least_business_days:1")
    .max(60, "at_most_business_days:60");

const count = (what: string, max: number) =>
  z.coerce
    .number({ message: `${what}_number` })
    .int(`${what}_number`)
    .min(1, "at_least_count:1")
    .max(max, `at_most_count:${max}`);

/** A host name as typed in a URL (no scheme, no port, no path). */
const HOST = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$|^\[?[0-9a-f:.]+\]?$/;

/** Hosts one a line (or separated by commas or spaces), as the textarea sends them; blanks dropped, each once. */
const hosts = z.preprocess(
  (value) =>
    typeof value === "string"
      ? value
          .split(/[\s,]+/)
          .map((s) => s.trim())
          .filter(Boolean)
      : (value ?? []),
  z
    .array(z.string().transform((text) => text.toLowerCase()))
    .max(50, "too_many_hosts")
    // One error on the field itself (not on "allowedPrivateHosts.1"), so the form shows it under the textarea.
    .refine((list) => list.every((host) => HOST.test(host)), "invalid_host")
    .transform((list) => [...new Set(list)]),
);

const policyFields = z.object({
  remindAfterBusinessDays: businessDays("remind"),
  escalateAfterBusinessDays: businessDays("escalate"),
  maxFilesPerResult: count("files_per_result", 50),
  maxFileMegabytes: count("file_megabytes", 500),
  maxDeliveryAttempts: count("delivery_attempts", 30),
  allowedPrivateHosts: hosts,
});
const reminderAndEscalation = policyFields.pick({ remindAfterBusinessDays: true, escalateAfterBusinessDays: true });

export const fulfilmentPolicySchema = policyFields.refine(
  (p) => p.remindAfterBusinessDays < p.escalateAfterBusinessDays,
  {
    path: ["escalateAfterBusinessDays"],
    message: "escalate_after_owner_reminder",
    when: (payload) => reminderAndEscalation.safeParse(payload.value).success,
  },
);

export type FulfilmentPolicySettings = z.infer<typeof fulfilmentPolicySchema>;

import { z } from "zod";
import { isValidTimeZone } from "./local-date";
import { DEFAULT_POLICIES, localDateSchema, REGIMES, type DeadlinePolicy } from "./policies";
import type { DeadlineInput } from "./compute-deadline";

const instantSchema = z
  .string()
  .refine(
    (v) => /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v)),
    "must be an ISO instant, e.g. 2026-03-05T10:00:00Z",
  )
  .transform((v) => new Date(v));

const pauseSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}\.\.(\d{4}-\d{2}-\d{2})?$/,
    "must be FROM..TO (dates, both included) or FROM.. while still open",
  )
  .transform((v) => {
    const [from, to] = v.split("..");
    return { from: from!, to: to === "" ? undefined : to };
  })
  .refine(
    (p) => localDateSchema.safeParse(p.from).success && (p.to === undefined || localDateSchema.safeParse(p.to).success),
    "contains an impossible date",
  );

/** The deadline command's options, checked with the same rules the app uses. */
export const deadlineCliSchema = z.object({
  regime: z.enum(REGIMES, { message: `must be one of ${REGIMES.join(", ")}` }),
  received: instantSchema,
  calendar: z
    .string()
    .regex(/^[A-Z]{2}(-[A-Z0-9]+)?$|^WEEKDAYS$/, "must be a calendar id such as IE, GB-ENG, US-CA, CN")
    .optional(),
  timezone: z.string().refine(isValidTimeZone, "unknown time zone").optional(),
  extended: z.boolean().default(false),
  pause: z.array(pauseSchema).default([]),
  restart: z.array(localDateSchema).default([]),
  "as-of": instantSchema.optional(),
});

export type DeadlineCliOptions = z.infer<typeof deadlineCliSchema>;

export function deadlineInputFromCli(options: DeadlineCliOptions): DeadlineInput {
  const base = DEFAULT_POLICIES[options.regime];
  const policy: DeadlinePolicy = {
    ...base,
    calendar: options.calendar ?? base.calendar,
    timeZone: options.timezone ?? base.timeZone,
  };
  return {
    policy,
    receivedAt: options.received,
    stops: options.pause,
    restarts: options.restart,
    extended: options.extended,
    asOf: options["as-of"],
  };
}

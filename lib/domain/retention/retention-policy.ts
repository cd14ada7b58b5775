import { z } from "zod";

/** How long personal data is kept, in days (the RetentionPolicy row; docs/product-rules.md "Retention"). */
export interface RetentionDurations {
  /** Closed cases keep personal data this long after closure, then are anonymized (default 3 years). */
  closedCaseDays: number;
  /** Unconfirmed requests expire, and their personal data is purged, after this long (default 7 days). */
  unverifiedDays: number;
  /** Uploaded documents of closed cases are deleted this long after closure (default 120 days). */
  uploadsAfterClosureDays: number;
}

export const RETENTION_LIMITS = {
  closedCaseDays: { min: 30, max: 36_500 },
  unverifiedDays: { min: 1, max: 90 },
  uploadsAfterClosureDays: { min: 1, max: 36_500 },
} as const satisfies Record<keyof RetentionDurations, { min: number; max: number }>;

const days = (field: keyof RetentionDurations, what: "closed_case" | "unverified" | "upload") =>
  z.coerce
    .number({ message: `${what}_days_number` })
    .int(`${what}_days_whole`)
    .min(RETENTION_LIMITS[field].min, `at_least_days:${RETENTION_LIMITS[field].min}`)
    .max(RETENTION_LIMITS[field].max, `at_most_days:${RETENTION_LIMITS[field].max}`);

const fields = z.object({
  closedCaseDays: days("closedCaseDays", "closed_case"),
  unverifiedDays: days("unverifiedDays", "unverified"),
  uploadsAfterClosureDays: days("uploadsAfterClosureDays", "upload"),
});
const comparable = fields.pick({ closedCaseDays: true, uploadsAfterClosureDays: true });

/**
 * The settings form's schema. Documents cannot outlive the case's personal data: anonymization deletes
 * them anyway, so a longer document period would promise something the job does not do.
 */
export const retentionPolicySchema = fields.refine((p) => p.uploadsAfterClosureDays <= p.closedCaseDays, {
  path: ["uploadsAfterClosureDays"],
  message: "documents_outlive_data",
  when: (payload) => comparable.safeParse(payload.value).success,
});

const DAY_MS = 86_400_000;

/** The instants before which a closure (or a submission) is past its retention period. */
export function retentionCutoffs(policy: RetentionDurations, now: Date) {
  return {
    anonymizeClosedBefore: new Date(now.getTime() - policy.closedCaseDays * DAY_MS),
    deleteUploadsClosedBefore: new Date(now.getTime() - policy.uploadsAfterClosureDays * DAY_MS),
    expireUnverifiedReceivedBefore: new Date(now.getTime() - policy.unverifiedDays * DAY_MS),
  };
}

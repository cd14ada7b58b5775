import { z } from "zod";
import { formatNumber } from "@/lib/i18n/format";
import { STAFF_LOCALE } from "@/lib/i18n/languages";

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

const days = (field: keyof RetentionDurations, what: string) =>
  z.coerce
    .number({ message: `Enter ${what} as a number of days.` })
    .int(`Enter ${what} as a whole number of days.`)
    .min(RETENTION_LIMITS[field].min, `At least ${RETENTION_LIMITS[field].min} days.`)
    .max(RETENTION_LIMITS[field].max, `At most ${formatNumber(STAFF_LOCALE, RETENTION_LIMITS[field].max)} days.`);

const fields = z.object({
  closedCaseDays: days("closedCaseDays", "how long closed cases keep personal data"),
  unverifiedDays: days("unverifiedDays", "how long unconfirmed requests live"),
  uploadsAfterClosureDays: days("uploadsAfterClosureDays", "how long documents are kept after closure"),
});
const comparable = fields.pick({ closedCaseDays: true, uploadsAfterClosureDays: true });

/**
 * The settings form's schema. Documents cannot outlive the case's personal data: anonymization deletes
 * them anyway, so a longer document period would promise something the job does not do.
 */
export const retentionPolicySchema = fields.refine((p) => p.uploadsAfterClosureDays <= p.closedCaseDays, {
  path: ["uploadsAfterClosureDays"],
  message: "Documents cannot be kept longer than the case's personal data.",
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

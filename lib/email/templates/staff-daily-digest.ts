import { z } from "zod";
import type { Translator } from "@/lib/i18n/translator";
import { SAMPLE_REFERENCE } from "./samples";
import { defineTemplate } from "./types";

const bucket = z.object({ count: z.number().int().min(0), references: z.array(z.string()).max(10) });
type Bucket = z.infer<typeof bucket>;

/** One heading's lines: its title with the count, the references, how many more there are, the queue's link. */
function section(t: Translator, title: string, b: Bucket, link: string): string {
  const more = b.count - b.references.length;
  const rest = more > 0 ? [t("emails.staffDailyDigest.more", { count: more })] : [];
  return [title, ...b.references, ...rest, link].join("\n");
}

/** The privacy officers' morning summary: counts and the most urgent references, no requester data. */
export const staffDailyDigest = defineTemplate({
  name: "staff-daily-digest",
  label: (t) => t("emails.staffDailyDigest.label"),
  audience: "Staff",
  payload: z.object({
    day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    dueThisWeek: bucket,
    overdue: bucket,
    unassigned: bucket,
  }),
  placeholders: ["day"],
  sample: {
    day: "2026-11-16",
    dueThisWeek: { count: 2, references: [SAMPLE_REFERENCE, "DSR-2026-000124"] },
    overdue: { count: 0, references: [] },
    unassigned: { count: 1, references: ["DSR-2026-000125"] },
  },
  write: ({ day, dueThisWeek, overdue, unassigned }, { t, appUrl }) => {
    const counts = { day, overdue: overdue.count, dueThisWeek: dueThisWeek.count, unassigned: unassigned.count };
    return {
      subject:
        overdue.count > 0
          ? t("emails.staffDailyDigest.subjectOverdue", counts)
          : t("emails.staffDailyDigest.subjectQuiet", counts),
      paragraphs: [
        t("emails.staffDailyDigest.intro", { day }),
        section(
          t,
          t("emails.staffDailyDigest.overdue", { count: overdue.count }),
          overdue,
          `${appUrl}/cases?view=overdue`,
        ),
        section(
          t,
          t("emails.staffDailyDigest.dueThisWeek", { count: dueThisWeek.count }),
          dueThisWeek,
          `${appUrl}/cases?view=due-this-week`,
        ),
        section(
          t,
          t("emails.staffDailyDigest.unassigned", { count: unassigned.count }),
          unassigned,
          `${appUrl}/cases?view=unassigned`,
        ),
      ],
    };
  },
});

import { z } from "zod";
import { plainEmail } from "./layout";
import { defineTemplate } from "./types";

const bucket = z.object({ count: z.number().int().min(0), references: z.array(z.string()).max(10) });

/** The privacy officers' morning summary: counts and the most urgent references, no requester data. */
export const staffDailyDigest = defineTemplate({
  name: "staff-daily-digest",
  payload: z.object({
    day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    dueThisWeek: bucket,
    overdue: bucket,
    unassigned: bucket,
  }),
  render({ day, dueThisWeek, overdue, unassigned }, { appUrl }) {
    const section = (title: string, b: z.infer<typeof bucket>, view: string) => {
      const more = b.count > b.references.length ? [`… and ${b.count - b.references.length} more`] : [];
      return [`${title}: ${b.count}`, ...b.references, ...more, `${appUrl}/cases?view=${view}`].join("\n");
    };
    const subject =
      overdue.count > 0
        ? `Rightsdesk ${day}: ${overdue.count} overdue, ${dueThisWeek.count} due this week`
        : `Rightsdesk ${day}: ${dueThisWeek.count} due this week, ${unassigned.count} unassigned`;
    return plainEmail(
      subject,
      [
        `Open cases on ${day} (UTC).`,
        section("Overdue", overdue, "overdue"),
        section("Due within 7 days", dueThisWeek, "due-this-week"),
        section("Unassigned", unassigned, "unassigned"),
      ],
      appUrl,
    );
  },
});

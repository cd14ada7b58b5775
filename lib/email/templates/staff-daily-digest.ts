import { z } from "zod";
import { SAMPLE_REFERENCE } from "./samples";
import { defineTemplate } from "./types";

const bucket = z.object({ count: z.number().int().min(0), references: z.array(z.string()).max(10) });

function section(
  title: string,
  b: z.infer<typeof bucket>,
  link: string,
  more = (n: number) => `… and ${n} more`,
): string {
  const rest = b.count > b.references.length ? [more(b.count - b.references.length)] : [];
  return [`${title}: ${b.count}`, ...b.references, ...rest, link].join("\n");
}

/** The privacy officers' morning summary: counts and the most urgent references, no requester data. */
export const staffDailyDigest = defineTemplate({
  name: "staff-daily-digest",
  label: "Daily digest",
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
  en: ({ day, dueThisWeek, overdue, unassigned }, { appUrl }) => ({
    subject:
      overdue.count > 0
        ? `Rightsdesk ${day}: ${overdue.count} overdue, ${dueThisWeek.count} due this week`
        : `Rightsdesk ${day}: ${dueThisWeek.count} due this week, ${unassigned.count} unassigned`,
    paragraphs: [
      `Open cases on ${day} (UTC).`,
      section("Overdue", overdue, `${appUrl}/cases?view=overdue`),
      section("Due within 7 days", dueThisWeek, `${appUrl}/cases?view=due-this-week`),
      section("Unassigned", unassigned, `${appUrl}/cases?view=unassigned`),
    ],
  }),
  zh: ({ day, dueThisWeek, overdue, unassigned }, { appUrl }) => {
    const more = (n: number) => `……另有 ${n} 件`;
    return {
      subject:
        overdue.count > 0
          ? `Rightsdesk ${day}：${overdue.count} 件逾期，${dueThisWeek.count} 件本周到期`
          : `Rightsdesk ${day}：${dueThisWeek.count} 件本周到期，${unassigned.count} 件未分配`,
      paragraphs: [
        `${day}（UTC）的未结案件。`,
        section("已逾期", overdue, `${appUrl}/cases?view=overdue`, more),
        section("7 天内到期", dueThisWeek, `${appUrl}/cases?view=due-this-week`, more),
        section("未分配", unassigned, `${appUrl}/cases?view=unassigned`, more),
      ],
    };
  },
});
